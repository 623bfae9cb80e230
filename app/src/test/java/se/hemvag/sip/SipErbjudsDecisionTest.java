package se.hemvag.sip;

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

/** Decision_SipErbjuds: the support sections always offer a SIP; the others when health care takes part. */
class SipErbjudsDecisionTest {

    private static DmnEngine dmn;
    private static DmnDecision beslut;

    @BeforeAll
    static void lasBeslutstabellen() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("../processes/sip/sip-erbjuds.dmn"))) {
            beslut = dmn.parseDecision(SipProcessen.DECISION_SIP_ERBJUDS, in);
        }
    }

    @ParameterizedTest(name = "{0}, vården involverad {1} → {2}")
    @CsvSource({"vuxen, false, true", "vard-och-omsorg, false, true", "vuxen, true, true",
            "forsorjning, false, false", "forsorjning, true, true", "mottagningen, false, false"})
    void regeln(String sektion, boolean varden, boolean erbjuds) {
        boolean utfall = dmn.evaluateDecisionTable(beslut, Variables.createVariables()
                        .putValue("ansvarigSektion", sektion).putValue("vardenInvolverad", varden))
                .getSingleResult().getSingleEntry();

        assertThat(utfall).isEqualTo(erbjuds);
    }
}
