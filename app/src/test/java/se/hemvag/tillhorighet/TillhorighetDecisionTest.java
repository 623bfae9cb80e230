package se.hemvag.tillhorighet;

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

/** Decision_Tillhorighet, rule by rule, straight from processes/. */
class TillhorighetDecisionTest {

    private static DmnEngine dmn;
    private static DmnDecision beslut;

    @BeforeAll
    static void lasBeslutstabellen() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("../processes/tillhorighet/tillhorighet.dmn"))) {
            beslut = dmn.parseDecision(TillhorighetProcessen.DECISION_TILLHORIGHET, in);
        }
    }

    @ParameterizedTest(name = "stadsdel={0}, barn={1}, ålder={2} → {3}")
    @CsvSource({
            "ja,  nej, 45, LANKA_TILL_STADSDEL",
            "nej, ja,  45, LANKA_TILL_STADSDEL",
            "ja,  ja,  19, LANKA_TILL_STADSDEL",
            "nej, nej, 19, HANVISA_UNDER_20",
            "nej, nej, 20, EFH",
            "nej, nej, 67, EFH"
    })
    void tillhorighet(String kontaktStadsdel, String kontaktBarn, int alder, Tillhorighet forvantad) {
        String utfall = dmn.evaluateDecisionTable(beslut, Variables.createVariables()
                        .putValue("kontaktStadsdel", kontaktStadsdel)
                        .putValue("kontaktBarn", kontaktBarn)
                        .putValue("alder", alder))
                .getSingleResult().getSingleEntry();

        assertThat(utfall).isEqualTo(forvantad.name());
    }
}
