package se.hemvag.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.Testklienter;
import se.hemvag.Webbsession;
import se.hemvag.arende.Arende;

/**
 * Every door to a case's data leaves a row in the access log: the engine's variables, executions,
 * history, decisions, filters, comments, the webapps' API, path variants, an evening assessment
 * without a case, and a refused application that tells there is an open case. None of these left
 * a row before.
 */
@HemvagSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AtkomstloggVarjeDorrTest {

    @LocalServerPort int port;
    @Autowired Arendeforlopp forlopp;
    @Autowired AtkomstRepository logg;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    private Http http;
    private Arende arende;
    private String instans;

    @BeforeEach
    void fixturer() {
        if (http == null) {
            http = new Http(port);
            arende = forlopp.pagaende("behovMissbruk", Map.of());
            instans = forlopp.process(arende).getId();
        }
    }

    private long rader(String anvandare) {
        return logg.findByArendenummerOrderByTidpunktDesc(arende.getArendenummer(), PageRequest.of(0, 10_000)).stream()
                .filter(a -> a.getAnvandare().equals(anvandare)).count();
    }

    /** The call is answered, and it leaves at least one row on the case for the user. */
    private void lamnarRad(String anvandare, Supplier<HttpResponse<String>> anrop) {
        long fore = rader(anvandare);
        HttpResponse<String> svar = anrop.get();
        assertThat(svar.statusCode()).as(svar.uri() + ": " + svar.body()).isLessThan(500);
        assertThat(rader(anvandare)).as(svar.uri().toString()).isGreaterThan(fore);
    }

    @Test
    void motornsVariablerHistorikOchBeslutLoggas() {
        String exekvering = runtimeService.createExecutionQuery().processInstanceId(instans).list().get(0).getId();
        for (String sokvag : List.of(
                "/engine-rest/variable-instance?processInstanceIdIn=" + instans,
                "/engine-rest/execution/" + exekvering + "/localVariables",
                "/engine-rest/history/variable-instance?processInstanceId=" + instans,
                "/engine-rest/history/detail?processInstanceId=" + instans,
                "/engine-rest/history/task?processInstanceBusinessKey=" + arende.getArendenummer(),
                "/engine-rest/history/activity-instance?processInstanceId=" + instans,
                "/engine-rest/history/decision-instance?includeInputs=true&processInstanceId=" + instans,
                "/engine-rest/history/process-instance/" + instans,
                "/engine-rest/process-instance?variables=arendenummer_eq_" + arende.getArendenummer(),
                "/engine-rest/engine/default/process-instance/" + instans + "/variables",
                "/engine-rest/./process-instance/" + instans + "/variables",
                "/engine-rest//process-instance;x=1/" + instans + "/variables",
                "/engine-rest/history/process-instance/" + instans + "/")) {
            lamnarRad("chef", () -> http.get(sokvag, "chef", "demo"));
        }
        // a count names no case, but it answers whether there is one for a value: it leaves a row all the same
        for (String sokvag : List.of("/engine-rest/process-instance/count?variables=klientNamn_like_%25Testsson%25",
                "/engine-rest/task/count?processInstanceBusinessKey=" + arende.getArendenummer())) {
            long fore = jdbc.queryForObject("select count(*) from atkomstlogg where anvandare = 'chef'", Long.class);
            assertThat(http.get(sokvag, "chef", "demo").statusCode()).isEqualTo(200);
            assertThat(jdbc.queryForObject("select count(*) from atkomstlogg where anvandare = 'chef'", Long.class))
                    .as(sokvag).isEqualTo(fore + 1);
        }
    }

    @Test
    void uppgiftensFilterKommentarerOchFormularLoggas() throws Exception {
        Arende underUtredning = forlopp.underUtredning("behovMissbruk");
        Task uppgift = forlopp.uppgift(underUtredning);
        String filter = json.readTree(http.get("/engine-rest/filter?name=" + java.net.URLEncoder.encode(
                "Sektionens uppgifter – Vuxensektionen", java.nio.charset.StandardCharsets.UTF_8), "handlaggare-vuxen", "demo")
                .body()).get(0).get("id").asText();
        long fore = logg.countByArendenummer(underUtredning.getArendenummer());

        for (String sokvag : List.of("/engine-rest/task/" + uppgift.getId() + "/comment",
                "/engine-rest/task/" + uppgift.getId() + "/form-variables", "/engine-rest/task/" + uppgift.getId())) {
            assertThat(http.get(sokvag, "handlaggare-vuxen", "demo").statusCode()).as(sokvag).isLessThan(500);
        }
        assertThat(http.postHal("/engine-rest/filter/" + filter + "/singleResult", "handlaggare-vuxen", "demo",
                "{\"processInstanceBusinessKey\": \"" + underUtredning.getArendenummer() + "\"}").statusCode()).isIn(200, 204);

        assertThat(logg.countByArendenummer(underUtredning.getArendenummer())).isGreaterThanOrEqualTo(fore + 3);
    }

    @Test
    void webbapparnasApiLoggasOcksa() {
        Webbsession cockpit = Webbsession.loggaIn(port, "cockpit", "chef", "demo");

        lamnarRad("chef", () -> cockpit.get("/camunda/api/engine/engine/default/variable-instance?processInstanceIdIn=" + instans));
    }

    @Test
    void enAvvisadAnsokanSomAvslojarEttOppetArendeLoggasPaDetArendet() throws Exception {
        String personnummer = Testklienter.ansokan().identitetsnummer();
        var forsta = http.postJson("/api/ansokningar", "handlaggare-administrationen", "demo", "{\"identitetsnummer\": \""
                + personnummer + "\", \"fornamn\": \"Dubbel\", \"efternamn\": \"Ansokan\", \"kanal\": \"RECEPTION\"}");
        String nummer = json.readTree(forsta.body()).get("arendenummer").asText();
        long fore = logg.countByArendenummer(nummer);

        var igen = http.postJson("/api/ansokningar", "handlaggare-administrationen", "demo", "{\"identitetsnummer\": \""
                + personnummer + "\", \"fornamn\": \"Dubbel\", \"efternamn\": \"Ansokan\", \"kanal\": \"RECEPTION\"}");

        assertThat(igen.statusCode()).isEqualTo(409);
        assertThat(logg.findByArendenummerOrderByTidpunktDesc(nummer, PageRequest.of(0, 1)).get(0))
                .satisfies(rad -> {
                    assertThat(rad.getAnvandare()).isEqualTo("handlaggare-administrationen");
                    assertThat(rad.getStatus()).isEqualTo(409);
                    assertThat(rad.getVad()).isEqualTo("POST /api/ansokningar");
                });
        assertThat(logg.countByArendenummer(nummer)).isEqualTo(fore + 1);
    }

    @Test
    void enKvallsbedomningUtanArendeLoggasPaKlienten() {
        var start = http.postJson("/engine-rest/process-definition/key/TogProcess/submit-form", "handlaggare-mottagningen", "demo",
                "{\"variables\": {\"fodelsedatum\": {\"value\": \"1970-01-01\"}, \"kon\": {\"value\": \"KVINNA\"},"
                        + " \"fornamn\": {\"value\": \"Kväll\"}, \"efternamn\": {\"value\": \"Loggad\"}, \"hemlos\": {\"value\": \"ja\"},"
                        + " \"missbrukEllerPsykiskOhalsa\": {\"value\": \"ja\"}, \"tillhorStockholm\": {\"value\": \"ja\"}}}");
        assertThat(start.statusCode()).as(start.body()).isEqualTo(200);
        String tog = start.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        Task beslut = taskService.createTaskQuery().processInstanceId(tog).singleResult();
        Long klientId = (Long) runtimeService.getVariable(tog, "klientId");
        long fore = logg.findByKlientIdOrderByTidpunktDesc(klientId, PageRequest.of(0, 100)).size();

        assertThat(http.get("/engine-rest/task/" + beslut.getId() + "/form-variables", "handlaggare-mottagningen", "demo")
                .statusCode()).isEqualTo(200);

        assertThat(logg.findByKlientIdOrderByTidpunktDesc(klientId, PageRequest.of(0, 100))).hasSize((int) fore + 1)
                .first().satisfies(rad -> assertThat(rad.getVad()).endsWith(beslut.getId() + "/form-variables"));

        // a list shows the assessment's client by name: its key names the client, so the row does too
        assertThat(http.get("/engine-rest/task?processInstanceId=" + tog, "handlaggare-mottagningen", "demo").statusCode())
                .isEqualTo(200);
        assertThat(logg.findByKlientIdOrderByTidpunktDesc(klientId, PageRequest.of(0, 100))).hasSize((int) fore + 2)
                .first().satisfies(rad -> assertThat(rad.getVad()).startsWith("GET /engine-rest/task"));
    }

    /** Fails closed: when the row cannot be written, the user gets 503 and nothing of the answer. */
    @Test
    void utanLoggradIngetSvar() {
        jdbc.execute("alter table atkomstlogg rename to atkomstlogg_undan");
        try {
            for (HttpResponse<String> svar : List.of(http.get("/api/arenden/" + arende.getArendenummer(), "handlaggare-vuxen", "demo"),
                    http.get("/engine-rest/process-instance/" + instans + "/variables", "chef", "demo"))) {
                assertThat(svar.statusCode()).as(svar.uri().toString()).isEqualTo(503);
                assertThat(svar.body()).contains("Åtkomstloggen kunde inte skrivas")
                        .doesNotContain(arende.getKlient().getEfternamn()).doesNotContain(arende.getArendenummer());
            }
        } finally {
            jdbc.execute("alter table atkomstlogg_undan rename to atkomstlogg");
        }
        assertThat(http.get("/api/arenden/" + arende.getArendenummer(), "handlaggare-vuxen", "demo").statusCode()).isEqualTo(200);
    }
}
