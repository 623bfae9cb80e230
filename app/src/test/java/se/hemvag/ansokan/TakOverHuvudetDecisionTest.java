package se.hemvag.ansokan;

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

/** Decision_TakOverHuvudet: homeless, over 20, substance abuse or mental illness, belongs to Stockholm. */
class TakOverHuvudetDecisionTest {

    private static DmnEngine dmn;
    private static DmnDecision beslut;

    @BeforeAll
    static void lasBeslutstabellen() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("../processes/ansokan/tak-over-huvudet.dmn"))) {
            beslut = dmn.parseDecision("Decision_TakOverHuvudet", in);
        }
    }

    @ParameterizedTest(name = "{0} år, hemlös {1}, målgrupp {2}, Stockholm {3} → {4}")
    @CsvSource({
            "45, ja, ja, ja, Bevilja",
            "19, ja, ja, ja, Avslå: garantin gäller personer över 20 år",
            "45, nej, ja, ja, Avslå: personen är inte hemlös",
            "45, ja, nej, ja, Avslå: varken missbruk",
            "45, ja, ja, nej, Avslå: personen tillhör inte Stockholm"
    })
    void forslag(int alder, String hemlos, String malgrupp, String stockholm, String borjar) {
        String forslag = dmn.evaluateDecisionTable(beslut, Variables.createVariables().putValue("alder", alder)
                        .putValue("hemlos", hemlos).putValue("missbrukEllerPsykiskOhalsa", malgrupp)
                        .putValue("tillhorStockholm", stockholm))
                .getSingleResult().getSingleEntry();

        assertThat(forslag).startsWith(borjar);
    }
}
