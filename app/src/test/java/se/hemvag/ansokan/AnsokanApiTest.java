package se.hemvag.ansokan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.arende.ArendeTabeller;
import se.hemvag.klient.Identitetsnummer;
import se.hemvag.klient.KlientTabeller;
import se.hemvag.klient.Kon;

/** POST /api/ansokningar and GET /api/arenden/{nr} over real HTTP. */
@HemvagSpringTest
class AnsokanApiTest {

    private static final String MOTTAGNINGEN = "handlaggare-mottagningen";
    private static final String LOSENORD = "demo";

    @LocalServerPort int port;
    @Autowired ArendeTabeller arenden;
    @Autowired KlientTabeller klienter;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ObjectMapper json;
    @Autowired IdentityService identityService;

    private Http http;
    private static int lopnummer = 100;

    @BeforeEach
    void klient() {
        http = new Http(port);
    }

    private static String nyttPersonnummer() {
        return Identitetsnummer.syntetiskt(LocalDate.of(1975, 1, 1).plusDays(lopnummer * 3L), lopnummer++, Kon.KVINNA);
    }

    private static String ansokan(String identitetsnummer) {
        return """
                {"identitetsnummer": "%s", "fornamn": "Maja", "efternamn": "Mottagen",
                 "telefon": "08-123 456", "kanal": "RECEPTION", "anteckning": "Kom till receptionen"}
                """.formatted(identitetsnummer);
    }

    @Test
    void giltigAnsokanSkaparKlientOchArendeOchStartarProcessen() throws Exception {
        String personnummer = nyttPersonnummer();

        HttpResponse<String> svar = http.postJson("/api/ansokningar", MOTTAGNINGEN, LOSENORD, ansokan(personnummer));

        assertThat(svar.statusCode()).isEqualTo(201);
        JsonNode kropp = json.readTree(svar.body());
        String arendenummer = kropp.get("arendenummer").asText();
        assertThat(kropp.get("identitetsnummer").asText()).isEqualTo(personnummer);
        assertThat(svar.headers().firstValue("Location")).hasValue("/api/arenden/" + arendenummer);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(arendenummer)
                .processDefinitionKey("ArendeProcess").count()).isOne();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(arendenummer)
                .taskCandidateGroup("mottagningen").count()).isOne();

        HttpResponse<String> arende = http.get("/api/arenden/" + arendenummer, MOTTAGNINGEN, LOSENORD);
        assertThat(arende.statusCode()).isEqualTo(200);
        JsonNode vy = json.readTree(arende.body());
        assertThat(vy.at("/arende/status").asText()).isEqualTo("TILLHORIGHETSUTREDNING");
        assertThat(vy.at("/arende/klient/fornamn").asText()).isEqualTo("Maja");
        assertThat(vy.at("/arende/klient/kon").asText()).isEqualTo("KVINNA");
        assertThat(vy.get("insatser")).isEmpty();
    }

    @Test
    void klientUtanPersonnummerFarEttReservnummer() throws Exception {
        HttpResponse<String> svar = http.postJson("/api/ansokningar", MOTTAGNINGEN, LOSENORD, """
                {"fodelsedatum": "1966-06-06", "kon": "MAN", "fornamn": "Utan", "efternamn": "Papper", "kanal": "UPPSOKARENHETEN"}
                """);

        assertThat(svar.statusCode()).isEqualTo(201);
        JsonNode kropp = json.readTree(svar.body());
        assertThat(kropp.get("identitetstyp").asText()).isEqualTo("RESERVNUMMER");
        assertThat(kropp.get("identitetsnummer").asText()).matches("19660606-R\\d{3,}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fel kontrollsiffra        | {"identitetsnummer": "19850312-9882", "fornamn": "A", "efternamn": "B", "kanal": "RECEPTION"} | Kontrollsiffran
            omöjligt datum            | {"identitetsnummer": "19851332-9887", "fornamn": "A", "efternamn": "B", "kanal": "RECEPTION"} | giltigt datum
            förnamn saknas            | {"identitetsnummer": "19850312-9887", "efternamn": "B", "kanal": "RECEPTION"}                 | Förnamn måste anges
            kanal saknas              | {"identitetsnummer": "19850312-9887", "fornamn": "A", "efternamn": "B"}                       | kanal
            okänd kanal               | {"identitetsnummer": "19850312-9887", "fornamn": "A", "efternamn": "B", "kanal": "BREV"}      | Tillåtna värden
            felaktigt datum           | {"fodelsedatum": "1985-02-30", "kon": "MAN", "fornamn": "A", "efternamn": "B", "kanal": "FALT"} | ÅÅÅÅ-MM-DD
            reservnummer utan datum   | {"kon": "MAN", "fornamn": "A", "efternamn": "B", "kanal": "FALT"}                              | födelsedatum
            reservnummer utan kön     | {"fodelsedatum": "1985-02-03", "fornamn": "A", "efternamn": "B", "kanal": "FALT"}             | kön
            för långt förnamn         | {"identitetsnummer": "19850312-9887", "fornamn": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "efternamn": "B", "kanal": "RECEPTION"} | högst 100
            felaktigt telefonnummer   | {"identitetsnummer": "19850312-9887", "fornamn": "A", "efternamn": "B", "telefon": "ring mig", "kanal": "RECEPTION"} | Telefonnummer
            inte JSON                 | {fornamn: A                                                                                     | giltig JSON
            """)
    void felaktigAnsokanGer400MedBegripligtMeddelandeOchSparasInte(String fall, String kropp, String meddelande)
            throws Exception {
        long arendenFore = arenden.antalArenden();
        long klienterFore = klienter.antal();

        HttpResponse<String> svar = http.postJson("/api/ansokningar", MOTTAGNINGEN, LOSENORD, kropp);

        assertThat(svar.statusCode()).as(fall).isEqualTo(400);
        assertThat(json.readTree(svar.body()).get("detail").asText()).as(fall).containsIgnoringCase(meddelande);
        assertThat(arenden.antalArenden()).isEqualTo(arendenFore);
        assertThat(klienter.antal()).isEqualTo(klienterFore);
    }

    @Test
    void felaktigtStartformularViaMotornsRestApiGer400MedSammaMeddelande() throws Exception {
        long fore = arenden.antalArenden();

        HttpResponse<String> svar = http.postJson("/engine-rest/process-definition/key/ArendeProcess/submit-form",
                MOTTAGNINGEN, LOSENORD, """
                        {"variables": {"identitetsnummer": {"value": "19850312-9882"}, "fornamn": {"value": "A"},
                         "efternamn": {"value": "B"}, "kanal": {"value": "NYBESOK"}}}
                        """);

        assertThat(svar.statusCode()).isEqualTo(400);
        assertThat(json.readTree(svar.body()).get("message").asText()).contains("Kontrollsiffran");
        assertThat(arenden.antalArenden()).isEqualTo(fore);
    }

    @Test
    void felaktigtDatumIUppgiftsformularViaMotornsRestApiGer400() throws Exception {
        String nummer = json.readTree(http.postJson("/api/ansokningar", MOTTAGNINGEN, LOSENORD,
                ansokan(nyttPersonnummer())).body()).get("arendenummer").asText();
        String uppgift = taskService.createTaskQuery().processInstanceBusinessKey(nummer).singleResult().getId();
        taskService.complete(uppgift, Map.of("kontaktStadsdel", "ja", "stadsdel", "BROMMA",
                "kontaktBarn", "nej", "hemloshetssituation", "AKUT_HEMLOS"));
        String lanka = taskService.createTaskQuery().processInstanceBusinessKey(nummer).singleResult().getId();

        HttpResponse<String> svar = http.postJson("/engine-rest/task/" + lanka + "/submit-form", MOTTAGNINGEN, LOSENORD, """
                {"variables": {"stadsdel": {"value": "BROMMA"}, "overlamningsdatum": {"value": "31/12/2026"},
                 "overlamningssatt": {"value": "TELEFON"}}}
                """);

        assertThat(svar.statusCode()).isEqualTo(400);
        assertThat(json.readTree(svar.body()).get("message").asText()).contains("ÅÅÅÅ-MM-DD");
        assertThat(taskService.createTaskQuery().taskId(lanka).count()).isOne();
    }

    @Test
    void andraOppnaArendetForSammaPersonGer409() throws Exception {
        String personnummer = nyttPersonnummer();
        assertThat(http.postJson("/api/ansokningar", MOTTAGNINGEN, LOSENORD, ansokan(personnummer)).statusCode())
                .isEqualTo(201);
        long fore = arenden.antalArenden();

        HttpResponse<String> igen = http.postJson("/api/ansokningar", "handlaggare-administrationen", LOSENORD,
                ansokan(personnummer));

        assertThat(igen.statusCode()).isEqualTo(409);
        assertThat(json.readTree(igen.body()).get("detail").asText()).contains("redan ett öppet ärende");
        assertThat(arenden.antalArenden()).isEqualTo(fore);
    }

    @Test
    void utanInloggningEllerMedFelLosenordGer401() {
        // a failed login locks the user for a few seconds (Camunda's login throttling): not a demo user
        if (identityService.createUserQuery().userId("felinloggning").count() == 0) {
            User anvandare = identityService.newUser("felinloggning");
            anvandare.setPassword("rätt-lösenord");
            identityService.saveUser(anvandare);
            identityService.createMembership("felinloggning", "mottagningen");
        }
        long fore = arenden.antalArenden();

        assertThat(http.postJson("/api/ansokningar", null, null, ansokan(nyttPersonnummer())).statusCode()).isEqualTo(401);
        assertThat(http.postJson("/api/ansokningar", "felinloggning", "fel", ansokan(nyttPersonnummer())).statusCode())
                .isEqualTo(401);
        assertThat(arenden.antalArenden()).isEqualTo(fore);
        assertThat(http.get("/api/arenden/2026-00001", null, null).statusCode()).isEqualTo(401);
        assertThat(http.get("/engine-rest/task", null, null).statusCode()).isEqualTo(401);
        assertThat(http.get("/engine-rest/task", "okand-anvandare", "demo").statusCode()).isEqualTo(401);
    }

    @Test
    void sektionUtanMottagningsuppdragFarInteRegistreraAnsokningar() throws Exception {
        long fore = arenden.antalArenden();

        HttpResponse<String> svar = http.postJson("/api/ansokningar", "handlaggare-vuxen", LOSENORD,
                ansokan(nyttPersonnummer()));

        assertThat(svar.statusCode()).isEqualTo(403);
        assertThat(json.readTree(svar.body()).get("detail").asText()).contains("registrerar ansökningar");
        assertThat(arenden.antalArenden()).isEqualTo(fore);
    }

    @Test
    void arendeSomInteFinnsGer404() {
        assertThat(http.get("/api/arenden/1999-99999", MOTTAGNINGEN, LOSENORD).statusCode()).isEqualTo(404);
    }
}
