package se.hemvag.forsokslagenhet;

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

/** Decision_Kontraktsovertagande: rent paid, no new debt, no disturbances and no landlord's no. */
class KontraktsovertagandeDecisionTest {

    private static DmnEngine dmn;
    private static DmnDecision beslut;

    @BeforeAll
    static void lasBeslutstabellen() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("../processes/forsokslagenhet/kontraktsovertagande.dmn"))) {
            beslut = dmn.parseDecision("Decision_Kontraktsovertagande", in);
        }
    }

    @ParameterizedTest(name = "hyra betald {0}, nya skulder {1}, störningar {2}, hyresvärden {3} → {4}")
    @CsvSource({
            "true, false, false, POSITIV, GODKANT",
            "true, false, false, INGEN_UPPFATTNING, GODKANT",
            "true, false, false, NEGATIV, AVVIKELSE",
            "false, false, false, POSITIV, AVVIKELSE",
            "true, true, false, POSITIV, AVVIKELSE",
            "true, false, true, POSITIV, AVVIKELSE"})
    void regeln(boolean hyranBetald, boolean nyaSkulder, boolean storningar, String syn, String utfall) {
        String bedomning = dmn.evaluateDecisionTable(beslut, Variables.createVariables()
                        .putValue("hyranBetald", hyranBetald).putValue("nyaSkulder", nyaSkulder)
                        .putValue("storningar", storningar).putValue("hyresvardensSyn", syn))
                .getSingleResult().getSingleEntry();

        assertThat(bedomning).isEqualTo(utfall);
    }
}
