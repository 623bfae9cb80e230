package se.hemvag.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.arende.Arende;
import se.hemvag.sektion.Sektion;

/**
 * Operations' view: the bare health status for anyone (the orchestrator's probes), the metrics and
 * the checks' details only for the group overvakning, and the figures as the database has them.
 */
@HemvagSpringTest
class DriftTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired Arendeforlopp forlopp;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Driftmatt driftmatt;

    @Test
    void halsanOchDessProberSagerBaraUppEllerNerTillDenSomInteArInloggad() throws Exception {
        Http http = new Http(port);
        for (String sokvag : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> svar = http.get(sokvag, null, null);
            assertThat(svar.statusCode()).as(sokvag + ": " + svar.body()).isEqualTo(200);
            JsonNode halsa = JSON.readTree(svar.body());
            assertThat(halsa.path("status").asText()).as(sokvag).isEqualTo("UP");
            assertThat(halsa.has("components") || halsa.has("details")).as(sokvag + ": " + svar.body()).isFalse();
        }
        assertThat(http.get("/actuator/health/readiness", null, null).body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(http.get("/actuator", null, null).statusCode()).as("allt annat kräver inloggning").isEqualTo(401);
        assertThat(http.get("/actuator", "overvakning", "demo").statusCode()).as("ingen förteckning över ändpunkterna")
                .isEqualTo(404);
        assertThat(http.get("/actuator/metrics", "overvakning", "demo").statusCode()).isEqualTo(404);
        assertThat(http.get("/actuator/env", "overvakning", "demo").statusCode()).isEqualTo(404);
    }

    @Test
    void detaljernaVisarMotornJobbexekutornOchDatabasenForOvervakningen() throws Exception {
        Http http = new Http(port);
        for (String sokvag : new String[] {"/actuator/health/detaljer", "/actuator/health/detaljer/", "/actuator/health/detaljer/db",
            "/actuator/health/", "/actuator/health/detaljer/motorn"}) {
            assertThat(http.get(sokvag, null, null).statusCode()).as(sokvag).isEqualTo(401);
        }
        HttpResponse<String> nekad = http.get("/actuator/health/detaljer", "handlaggare-vuxen", "demo");
        assertThat(nekad.statusCode()).isEqualTo(403);
        assertThat(nekad.body()).contains("Bara för driftens övervakning");

        HttpResponse<String> svar = http.get("/actuator/health/detaljer", "overvakning", "demo");
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        JsonNode delar = JSON.readTree(svar.body()).path("components");
        assertThat(delar.path("motorn").path("status").asText()).isEqualTo("UP");
        assertThat(delar.path("db").path("status").asText()).isEqualTo("UP");
        // the tests run without a job executor, as a web-only node would: ready, and it says why
        assertThat(delar.path("jobbexekutorn").path("details").path("jobbexekutor").asText()).startsWith("avstängd");
    }

    @Test
    void mattenKraverOvervakningenOchVisarSammaSomDatabasen() {
        Http http = new Http(port);
        assertThat(http.getText("/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
        assertThat(http.getText("/actuator/prometheus", "chef", "demo").statusCode()).isEqualTo(403);

        Arende arende = forlopp.underUtredning("behovMissbruk");
        driftmatt.lasOmNasta();
        HttpResponse<String> svar = http.getText("/actuator/prometheus", "overvakning", "demo");
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        String matt = svar.body();

        String vuxen = Sektion.VUXEN.gruppId();
        assertThat(varde(matt, "hemvag_uppgifter_oppna", vuxen)).isPositive()
                .isEqualTo(taskService.createTaskQuery().taskCandidateGroup(vuxen).includeAssignedTasks().count());
        assertThat(varde(matt, "hemvag_arenden_oppna", vuxen)).isPositive().isEqualTo(jdbc.queryForObject(
                "select count(*) from arende where ansvarig_sektion = ? and status not in ('AVSLUTAD', 'LANKAD_TILL_STADSDEL',"
                        + " 'HANVISAD')", Long.class, vuxen));
        assertThat(varde(matt, "hemvag_arenden_ansokta_manaden", vuxen)).isPositive();
        assertThat(matt).contains("camunda_jobb_forfallna{", "camunda_incidenter{", "camunda_jobbexekutor_aktiv{application=\"hemvag\"} 0.0",
                "camunda_jobb_utforda_total{", "hemvag_uppgifter_forsenade{", "hemvag_arenden_avslutade_manaden{",
                "hemvag_arenden_oppna{application=\"hemvag\",sektion=\"ingen\"}");
        assertThat(matt).as("bara antal, aldrig en klient").doesNotContain(arende.getArendenummer(),
                arende.getKlient().getIdentitetsnummer(), arende.getKlient().namn());
    }

    private static long varde(String matt, String namn, String sektion) {
        Matcher rad = Pattern.compile("(?m)^" + namn + "\\{application=\"hemvag\",sektion=\"" + sektion + "\"} (\\S+)$").matcher(matt);
        assertThat(rad.find()).as(namn + " för " + sektion + " i\n" + matt).isTrue();
        return (long) Double.parseDouble(rad.group(1));
    }
}
