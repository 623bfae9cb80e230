package se.hemvag.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.arende.Arende;

/** Loggkontroll: every read and change of client data leaves a row; ledning reviews it, also as CSV. */
@HemvagSpringTest
class AtkomstloggTest {

    @LocalServerPort int port;
    @Autowired Arendeforlopp forlopp;
    @Autowired AtkomstRepository logg;
    @Autowired TaskService taskService;
    @Autowired ObjectMapper json;

    private Http http;

    @BeforeEach
    void init() {
        http = new Http(port);
    }

    private List<Atkomst> loggFor(Arende arende) {
        return logg.findByArendenummerOrderByTidpunktDesc(arende.getArendenummer(), PageRequest.of(0, 100));
    }

    @Test
    void enBegaransRaderSkrivsIEnSatsMedSinTidOchSinaTommaFalt() {
        Instant nu = Instant.parse("2041-03-05T08:15:30.123456Z");
        logg.skrivAlla(List.of(
                new Atkomst(nu, "logg-i-en-sats", Atkomsttyp.LASNING, "2026-99999", 7L, "Uppgiftslista: POST /filter/x/list", 200),
                new Atkomst(nu, "logg-i-en-sats", Atkomsttyp.LASNING, null, 8L, "Uppgiftslista: POST /filter/x/list", 200),
                new Atkomst(nu, "logg-i-en-sats", Atkomsttyp.ANDRING, null, null, "POST /task/x/complete", 409)));

        assertThat(logg.findByAnvandareOrderByTidpunktDesc("logg-i-en-sats", PageRequest.of(0, 10)))
                .extracting(Atkomst::getTidpunkt, Atkomst::getAtgard, Atkomst::getArendenummer, Atkomst::getKlientId, Atkomst::getStatus)
                .containsExactlyInAnyOrder(
                        tuple(nu, Atkomsttyp.LASNING, "2026-99999", 7L, 200),
                        tuple(nu, Atkomsttyp.LASNING, null, 8L, 200),
                        tuple(nu, Atkomsttyp.ANDRING, null, null, 409));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/avslut", "/sip", "/forsokslagenhet"})
    void varjeLasningAvKlientuppgifterIApietLamnarEnRad(String del) {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        String vad = "GET /api/arenden/" + arende.getArendenummer() + del;

        assertThat(http.get("/api/arenden/" + arende.getArendenummer() + del, "handlaggare-vuxen", "demo").statusCode())
                .isEqualTo(200);
        assertThat(http.get("/api/arenden/" + arende.getArendenummer() + del, "handlaggare-forsorjning", "demo").statusCode())
                .isEqualTo(403);

        assertThat(loggFor(arende)).filteredOn(a -> a.getVad().equals(vad))
                .extracting(Atkomst::getAnvandare, Atkomst::getAtgard, Atkomst::getKlientId, Atkomst::getStatus)
                .containsExactlyInAnyOrder(
                        tuple("handlaggare-vuxen", Atkomsttyp.LASNING, arende.getKlient().getId(), 200),
                        tuple("handlaggare-forsorjning", Atkomsttyp.LASNING, arende.getKlient().getId(), 403));
    }

    @Test
    void ansokanOchUppgifterIMotornsRestApiLoggasPaArendet() throws Exception {
        var svar = http.postJson("/api/ansokningar", "handlaggare-mottagningen", "demo",
                "{\"identitetsnummer\": \"" + se.hemvag.Testklienter.ansokan().identitetsnummer() + "\", \"fornamn\": \"Logg\","
                        + " \"efternamn\": \"Kontroll\", \"kanal\": \"RECEPTION\"}");
        assertThat(svar.statusCode()).isEqualTo(201);
        String nr = json.readTree(svar.body()).get("arendenummer").asText();
        Task tillhorighet = taskService.createTaskQuery().processInstanceBusinessKey(nr).singleResult();

        assertThat(http.get("/engine-rest/task/" + tillhorighet.getId() + "/form-variables", "handlaggare-mottagningen", "demo")
                .statusCode()).isEqualTo(200);
        assertThat(http.postJson("/engine-rest/task/" + tillhorighet.getId() + "/submit-form", "handlaggare-mottagningen", "demo",
                "{\"variables\": {\"kontaktStadsdel\": {\"value\": \"nej\"}, \"kontaktBarn\": {\"value\": \"nej\"},"
                        + " \"hemloshetssituation\": {\"value\": \"AKUT_HEMLOS\"}, \"behovMissbruk\": {\"value\": true}}}")
                .statusCode()).isEqualTo(204);

        List<Atkomst> rader = logg.findByArendenummerOrderByTidpunktDesc(nr, PageRequest.of(0, 10));
        assertThat(rader).extracting(Atkomst::getAtgard, Atkomst::getVad).containsExactly(
                tuple(Atkomsttyp.ANDRING, "POST /engine-rest/task/" + tillhorighet.getId() + "/submit-form"),
                tuple(Atkomsttyp.LASNING, "GET /engine-rest/task/" + tillhorighet.getId() + "/form-variables"),
                tuple(Atkomsttyp.ANDRING, "POST /api/ansokningar"));
        assertThat(rader).allMatch(a -> a.getAnvandare().equals("handlaggare-mottagningen") && a.getKlientId() != null);
    }

    @Test
    void uppgiftslistanLoggarVarjeArendeDenVisar() throws Exception {
        Arende forsta = forlopp.underUtredning("behovMissbruk");
        Arende andra = forlopp.underUtredning("behovMissbruk");
        JsonNode filter = json.readTree(http.get("/engine-rest/filter?name=" + java.net.URLEncoder.encode(
                "Sektionens uppgifter – Vuxensektionen", java.nio.charset.StandardCharsets.UTF_8), "handlaggare-vuxen", "demo").body());
        String filterId = filter.get(0).get("id").asText();

        var lista = http.postHal("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=200", "handlaggare-vuxen",
                "demo", "{}");

        assertThat(lista.statusCode()).isEqualTo(200);
        assertThat(lista.body()).contains(forsta.getArendenummer());
        for (Arende arende : List.of(forsta, andra)) {
            assertThat(loggFor(arende)).filteredOn(a -> a.getVad().startsWith("Uppgiftslista: POST /engine-rest/filter/"))
                    .extracting(Atkomst::getAnvandare, Atkomst::getAtgard, Atkomst::getKlientId)
                    .containsExactly(tuple("handlaggare-vuxen", Atkomsttyp.LASNING, arende.getKlient().getId()));
        }
    }

    @Test
    void ledningenGranskarLoggenPerArendeOchAnvandareOchKanExporteraCsv() throws Exception {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        http.get("/api/arenden/" + arende.getArendenummer(), "handlaggare-vuxen", "demo");

        JsonNode perArende = json.readTree(http.get("/api/atkomstlogg?arendenummer=" + arende.getArendenummer(),
                "chef", "demo").body());
        assertThat(perArende).hasSize(1);
        assertThat(perArende.get(0).get("anvandare").asText()).isEqualTo("handlaggare-vuxen");
        JsonNode perKlient = json.readTree(http.get("/api/atkomstlogg?klientId=" + arende.getKlient().getId(),
                "chef", "demo").body());
        assertThat(perKlient).hasSize(1);
        JsonNode perAnvandare = json.readTree(http.get("/api/atkomstlogg?anvandare=handlaggare-vuxen", "chef", "demo").body());
        assertThat(perAnvandare.findValuesAsText("arendenummer")).contains(arende.getArendenummer());

        var csv = http.getCsv("/api/atkomstlogg?arendenummer=" + arende.getArendenummer(), "chef", "demo");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).hasSize(2)
                .first().isEqualTo("tidpunkt;anvandare;atgard;arendenummer;klient_id;vad;status");
        assertThat(csv.body()).contains("\"handlaggare-vuxen\";LASNING;" + arende.getArendenummer());

        assertThat(http.get("/api/atkomstlogg?anvandare=chef", "handlaggare-vuxen", "demo").statusCode()).isEqualTo(403);
        assertThat(http.get("/api/atkomstlogg", "chef", "demo").statusCode()).isEqualTo(400);
    }
}
