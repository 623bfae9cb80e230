package se.hemvag.processversion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.Testklienter;
import se.hemvag.ansokan.Ansokningsmottagning;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.avslut.KontaktforsokProcessen;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen;
import se.hemvag.forsokslagenhet.Forsoksforlopp;
import se.hemvag.sip.SipProcessen;

/**
 * A process owner moves running cases to a new version of ArendeProcess: cases waiting at a user
 * task, at a timer in the ongoing case and at the called belonging investigation. The plan is shown
 * and checked first; a version where a waiting task changed its id needs the owner's mapping; the
 * cases' own rows are untouched by the move. Afterwards every case goes back to the app's version
 * and the test's versions are removed.
 */
@HemvagSpringTest
class ProcessversionerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired Arendeforlopp forlopp;
    @Autowired Forsoksforlopp forsok;
    @Autowired Ansokningsmottagning mottagning;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;

    @Test
    void processagarenFlyttarPagaendeArendenEfterEnProvadPlan() throws Exception {
        Http http = new Http(port);
        List<Arende> arenden = List.of(forlopp.underUtredning("behovMissbruk"), forlopp.pagaende("behovEkonomi", Map.of()),
                mottagning.registreraOchStarta(Testklienter.ansokan(), "handlaggare-mottagningen"));
        List<Map<String, Object>> radernaFore = arenden.stream().map(this::raden).toList();
        try (Testversioner versioner = Testversioner.avArendet(repository, runtime, management)) {
            String forra = versioner.appens();
            String ny = versioner.driftsatt("2.1.1-flytt", bpmn -> bpmn);

            HttpResponse<String> lista = http.get("/api/processversioner/" + ArendeProcessen.PROCESS_ID, "processagare", "demo");
            assertThat(lista.statusCode()).as(lista.body()).isEqualTo(200);
            JsonNode versionerna = JSON.readTree(lista.body());
            assertThat(versionerna.get(0).path("id").asText()).isEqualTo(ny);
            assertThat(versionerna.get(0).path("pagaendeArenden").asLong()).isZero();
            assertThat(versionerna.get(1).path("pagaendeArenden").asLong()).isGreaterThanOrEqualTo(arenden.size());

            String begaran = "{\"fran\": \"" + forra + "\", \"till\": \"" + ny + "\"}";
            HttpResponse<String> plan = http.postJson("/api/processversioner/flyttplan", "processagare", "demo", begaran);
            assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
            JsonNode planen = JSON.readTree(plan.body());
            assertThat(planen.path("fel")).as(plan.body()).isEmpty();
            assertThat(planen.path("steg").toString()).contains("Task_BeslutaInsatser", "Timer_NastaUppfoljning",
                    "SubProcess_PagaendeArende");

            assertThat(http.postJson("/api/processversioner/flytt", "handlaggare-vuxen", "demo", begaran).statusCode()).isEqualTo(403);
            assertThat(http.postJson("/engine-rest/migration/execute", "processagare", "demo", "{\"migrationPlan\": {"
                    + "\"sourceProcessDefinitionId\": \"" + forra + "\", \"targetProcessDefinitionId\": \"" + ny + "\","
                    + " \"instructions\": []}, \"processInstanceIds\": []}").statusCode())
                    .as("motorns egen väg förbi planen").isIn(400, 403);

            HttpResponse<String> flytt = http.postJson("/api/processversioner/flytt", "processagare", "demo", begaran);
            assertThat(flytt.statusCode()).as(flytt.body()).isEqualTo(202);
            versioner.kor(JSON.readTree(flytt.body()).path("batch").asText());

            for (int i = 0; i < arenden.size(); i++) {
                assertThat(forlopp.process(arenden.get(i)).getProcessDefinitionId()).as(arenden.get(i).getArendenummer())
                        .isEqualTo(ny);
                assertThat(raden(arenden.get(i))).as("ärendets rad").isEqualTo(radernaFore.get(i));
            }
            assertThat(runtime.createProcessInstanceQuery().processDefinitionId(forra).count()).isZero();
            assertThat(forlopp.uppgift(arenden.get(0)).getTaskDefinitionKey()).isEqualTo(ArendeProcessen.TASK_BESLUTA_INSATSER);

            // a version where the decision task has a new id: the waiting case needs a mapping
            String tredje = versioner.driftsatt("3.0.0-flytt", bpmn -> bpmn.replace("\"" + ArendeProcessen.TASK_BESLUTA_INSATSER
                    + "\"", "\"Task_BeslutaInsatserNy\""));
            String utanMappning = "{\"fran\": \"" + ny + "\", \"till\": \"" + tredje + "\"}";
            JsonNode saknas = JSON.readTree(http.postJson("/api/processversioner/flyttplan", "processagare", "demo", utanMappning).body());
            assertThat(saknas.path("fel").toString()).contains("väntar vid", ArendeProcessen.TASK_BESLUTA_INSATSER, "ange vart de ska");
            HttpResponse<String> nekad = http.postJson("/api/processversioner/flytt", "processagare", "demo", utanMappning);
            assertThat(nekad.statusCode()).isEqualTo(409);
            assertThat(nekad.body()).contains("Planen kan inte köras");

            String medMappning = "{\"fran\": \"" + ny + "\", \"till\": \"" + tredje + "\", \"mappningar\": {\""
                    + ArendeProcessen.TASK_BESLUTA_INSATSER + "\": \"Task_BeslutaInsatserNy\"}}";
            JsonNode mappad = JSON.readTree(http.postJson("/api/processversioner/flyttplan", "processagare", "demo", medMappning).body());
            assertThat(mappad.path("fel")).as(mappad.toString()).isEmpty();
            // a mapping names where a renamed step went, not another step the cases should jump to
            HttpResponse<String> hopp = http.postJson("/api/processversioner/flyttplan", "processagare", "demo", "{\"fran\": \""
                    + ny + "\", \"till\": \"" + tredje + "\", \"mappningar\": {\"" + ArendeProcessen.TASK_BESLUTA_INSATSER
                    + "\": \"" + ArendeProcessen.TASK_PABORJA_UTREDNING + "\"}}");
            assertThat(hopp.statusCode()).as(hopp.body()).isEqualTo(400);
            assertThat(hopp.body()).contains("fanns redan");

            HttpResponse<String> fel = http.postJson("/api/processversioner/flyttplan", "processagare", "demo",
                    "{\"fran\": \"" + ny + "\", \"till\": \"TillhorighetProcess:1:x\"}");
            assertThat(fel.statusCode()).isEqualTo(400);
            assertThat(fel.body()).contains("finns inte");
        }
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(ArendeProcessen.PROCESS_ID).latestVersion()
                .singleResult().getVersionTag()).doesNotContain("flytt");
    }

    /**
     * The processes a case runs beside and below ArendeProcess: a SIP and a trial apartment (each its
     * own instance) and a round of contact attempts that the case has called and waits for. Each moves
     * on its own definition's tab; the case and its round stay joined.
     */
    @Test
    void sipForsokslagenhetOchAnropadeKontaktforsokFlyttas() throws Exception {
        Http http = new Http(port);
        Arende medSip = forlopp.pagaende("behovMissbruk", Map.of("vardenInvolverad", true));
        Arende iForsok = forlopp.pagaende("behovEkonomi", Map.of());
        ProcessInstance forsoket = forsok.beviljad(iForsok);
        Arende somSoks = forlopp.pagaende("behovMissbruk", Map.of());
        Job bevakning = management.createJobQuery().processInstanceId(forlopp.process(somSoks).getId())
                .activityId("Timer_Kontaktbevakning").singleResult();
        ClockUtil.setCurrentTime(Date.from(bevakning.getDuedate().toInstant().plusSeconds(6 * 3600)));
        try {
            management.executeJob(bevakning.getId());
        } finally {
            ClockUtil.reset();
        }
        String arendeprocessen = forlopp.process(somSoks).getId();
        ProcessInstance sip = runtime.createProcessInstanceQuery().processDefinitionKey(SipProcessen.PROCESS_ID)
                .processInstanceBusinessKey(medSip.getArendenummer()).singleResult();
        ProcessInstance runda = runtime.createProcessInstanceQuery().superProcessInstanceId(arendeprocessen).singleResult();
        assertThat(runda.getProcessDefinitionId()).startsWith(KontaktforsokProcessen.PROCESS_ID + ":");

        try (Testversioner sipar = new Testversioner(repository, runtime, management, SipProcessen.PROCESS_ID, "sip/sip.bpmn");
             Testversioner forsoken = new Testversioner(repository, runtime, management, ForsokslagenhetProcessen.PROCESS_ID,
                     "forsokslagenhet/forsokslagenhet.bpmn");
             Testversioner rundor = new Testversioner(repository, runtime, management, KontaktforsokProcessen.PROCESS_ID,
                     "avslut/kontaktforsok.bpmn");
             Testversioner arendena = Testversioner.avArendet(repository, runtime, management)) {
            Map<String, String> nya = new HashMap<>();
            for (Testversioner versioner : List.of(sipar, forsoken, rundor, arendena)) {
                String ny = versioner.driftsatt("9.0.1-flytt", bpmn -> bpmn);
                nya.put(versioner.appens(), ny);
                String begaran = "{\"fran\": \"" + versioner.appens() + "\", \"till\": \"" + ny + "\"}";
                JsonNode plan = JSON.readTree(http.postJson("/api/processversioner/flyttplan", "processagare", "demo", begaran).body());
                assertThat(plan.path("fel")).as(plan.toString()).isEmpty();
                HttpResponse<String> flytt = http.postJson("/api/processversioner/flytt", "processagare", "demo", begaran);
                assertThat(flytt.statusCode()).as(flytt.body()).isEqualTo(202);
                versioner.kor(JSON.readTree(flytt.body()).path("batch").asText());
                assertThat(runtime.createProcessInstanceQuery().processDefinitionId(versioner.appens()).count()).isZero();
            }
            for (ProcessInstance instans : List.of(sip, forsoket, runda)) {
                assertThat(runtime.createProcessInstanceQuery().processInstanceId(instans.getId()).singleResult().getProcessDefinitionId())
                        .isEqualTo(nya.get(instans.getProcessDefinitionId()));
            }
            // the case still waits for its round, and the round's task is where it was
            assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(arendeprocessen).singleResult().getId())
                    .isEqualTo(runda.getId());
            assertThat(forlopp.uppgift(somSoks).getTaskDefinitionKey()).isEqualTo(KontaktforsokProcessen.TASK_REGISTRERA_KONTAKTFORSOK);
        }
    }

    private Map<String, Object> raden(Arende arende) {
        return jdbc.queryForMap("select * from arende where id = ?", arende.getId());
    }
}
