package se.hemvag.avslut;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision_AvslutUtanKontakt: a client not heard from is closed, whatever the reason, only after at
 * least three attempts over two weeks with at least one phone call, except where attempts make no sense.
 */
class AvslutUtanKontaktDecisionTest {

    private static final Path TABELL = Path.of("../processes/avslut/avslut-utan-kontakt.dmn");
    private static DmnEngine dmn;
    private static DmnDecision beslut;

    @BeforeAll
    static void lasBeslutstabellen() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(TABELL)) {
            beslut = dmn.parseDecision(AvslutUtanKontakt.DECISION, in);
        }
    }

    @ParameterizedTest(name = "{0}, inte hörd av {1}: {2} försök under {3} dagar, {4} per telefon → {5}")
    @CsvSource({
            "KONTAKT_UPPHORT, true, 0, 0, 0, false",
            "KONTAKT_UPPHORT, true, 2, 30, 2, false",
            "KONTAKT_UPPHORT, true, 3, 13, 3, false",
            "KONTAKT_UPPHORT, true, 3, 14, 0, false",
            "KONTAKT_UPPHORT, true, 3, 14, 1, true",
            "KONTAKT_UPPHORT, true, 5, 40, 2, true",
            // the client was heard from: "not heard from" is not a reason, however many attempts there were
            "KONTAKT_UPPHORT, false, 5, 40, 2, false",
            // another reason does not get round the attempts
            "ANNAN, true, 0, 0, 0, false",
            "MALEN_UPPNADDA, true, 1, 2, 1, false",
            "KLIENTEN_AVBOJER_STOD, true, 3, 14, 1, true",
            "ANNAN, false, 0, 0, 0, true",
            "MALEN_UPPNADDA, false, 0, 0, 0, true",
            // where attempts make no sense
            "AVLIDEN, true, 0, 0, 0, true",
            "FLYTT, true, 0, 0, 0, true",
            "AVSLAG, true, 0, 0, 0, true"})
    void regeln(String orsak, boolean inteHordAv, int antal, int dagar, int telefon, boolean tillatet) {
        boolean utfall = dmn.evaluateDecisionTable(beslut, Variables.createVariables()
                        .putValue("avslutsorsak", orsak).putValue("inteHordAv", inteHordAv)
                        .putValue("antalForsok", antal).putValue("dagarMellanForsok", dagar)
                        .putValue("antalTelefonforsok", telefon))
                .getSingleResult().getSingleEntry();

        assertThat(utfall).isEqualTo(tillatet);
    }

    @Test
    void regeltextenLasesUrTabellen() throws Exception {
        try (InputStream in = Files.newInputStream(TABELL)) {
            Kontaktregel regel = Kontaktregel.ur(Dmn.readModelFromStream(in));

            assertThat(regel).isEqualTo(new Kontaktregel(3, 14, 1));
            assertThat(regel.text()).isEqualTo("minst 3 kontaktförsök under minst 14 dagar, minst 1 per telefon");
        }
    }

    @Test
    void enAndradTabellGerEnAndradText() throws Exception {
        String andrad = Files.readString(TABELL)
                .replace("<inputEntry id=\"UnaryTests_R2_Antal\"><text>&gt;= 3</text>", "<inputEntry id=\"UnaryTests_R2_Antal\"><text>&gt; 3</text>")
                .replace("<inputEntry id=\"UnaryTests_R2_Telefon\"><text>&gt;= 1</text>", "<inputEntry id=\"UnaryTests_R2_Telefon\"><text></text>");
        Kontaktregel regel = Kontaktregel.ur(Dmn.readModelFromStream(new java.io.ByteArrayInputStream(
                andrad.getBytes(java.nio.charset.StandardCharsets.UTF_8))));

        assertThat(regel.text()).isEqualTo("minst 4 kontaktförsök under minst 14 dagar");
    }
}
