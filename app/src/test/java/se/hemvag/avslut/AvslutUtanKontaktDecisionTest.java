package se.hemvag.avslut;

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

/** Decision_AvslutUtanKontakt: at least three attempts over at least two weeks. */
class AvslutUtanKontaktDecisionTest {

    private static DmnEngine dmn;
    private static DmnDecision beslut;

    @BeforeAll
    static void lasBeslutstabellen() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("../processes/avslut/avslut-utan-kontakt.dmn"))) {
            beslut = dmn.parseDecision(AvslutUtanKontakt.DECISION, in);
        }
    }

    @ParameterizedTest(name = "{0} försök under {1} dagar → {2}")
    @CsvSource({"0, 0, false", "2, 30, false", "3, 13, false", "3, 14, true", "5, 40, true"})
    void regeln(int antal, int dagar, boolean tillatet) {
        boolean utfall = dmn.evaluateDecisionTable(beslut, Variables.createVariables()
                        .putValue("antalForsok", antal).putValue("dagarMellanForsok", dagar))
                .getSingleResult().getSingleEntry();

        assertThat(utfall).isEqualTo(tillatet);
    }
}
