package se.hemvag.sektion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decision_AnsvarigSektion: the section follows the need. */
class AnsvarigSektionDecisionTest {

    private static DmnEngine dmn;
    private static DmnDecision beslut;

    @BeforeAll
    static void lasBeslutstabellen() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("../processes/sektion/ansvarig-sektion.dmn"))) {
            beslut = dmn.parseDecision("Decision_AnsvarigSektion", in);
        }
    }

    @ParameterizedTest(name = "ekonomi={0} missbruk={1} psykiskt={2} somatik={3} → {4}")
    @CsvSource({
            "true,  false, false, false, forsorjning",
            "false, false, false, false, forsorjning",
            "true,  true,  false, false, vuxen",
            "false, true,  true,  false, vuxen",
            "false, false, true,  false, vard-och-omsorg",
            "true,  false, false, true,  vard-och-omsorg",
    })
    void sektionFoljerBehovet(boolean ekonomi, boolean missbruk, boolean psykiskOhalsa, boolean aldreSomatik,
                              String sektion) {
        String utfall = dmn.evaluateDecisionTable(beslut, Variables.createVariables()
                        .putValue("behovEkonomi", ekonomi)
                        .putValue("behovMissbruk", missbruk)
                        .putValue("behovPsykiskOhalsa", psykiskOhalsa)
                        .putValue("behovAldreSomatik", aldreSomatik))
                .getSingleResult().getSingleEntry();

        assertThat(utfall).isEqualTo(sektion);
        assertThat(Sektion.medGruppId(utfall)).isPresent();
    }
}
