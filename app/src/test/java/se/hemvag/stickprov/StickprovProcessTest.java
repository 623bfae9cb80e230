package se.hemvag.stickprov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.Uppgifter;
import se.hemvag.arende.Arende;
import se.hemvag.audit.Atkomst;
import se.hemvag.audit.AtkomstTabeller;

/**
 * StickprovProcess: the monthly timer draws a sample of the previous month's investigations once per
 * month, each becomes a review for the utredningssekreterare, and the form's answers are stored; the
 * drawn case is readable by the reviewer while its review is open, and every reading is logged.
 */
@HemvagSpringTest
class StickprovProcessTest {

    static final String GRUPP = "utredningssekreterare";

    @LocalServerPort int port;
    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired Arendeforlopp forlopp;
    @Autowired JdbcTemplate jdbc;
    @Autowired AtkomstTabeller atkomster;
    @Autowired ObjectMapper json;

    private Http http;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        http = new Http(port);
    }

    @AfterEach
    void aterstallKlockan() {
        ClockUtil.reset();
    }

    static void klockan(LocalDateTime tid) {
        ClockUtil.setCurrentTime(Date.from(tid.atZone(ZoneId.of("Europe/Stockholm")).toInstant()));
    }

    /** The schedule's time comes on the 1st: the month before is drawn. The instance it started. */
    static HistoricProcessInstance schemat(ProcessEngine motor, LocalDate forsta) {
        klockan(forsta.atTime(7, 0, 30));
        Job schemat = motor.getManagementService().createJobQuery().processDefinitionKey(StickprovProcessen.PROCESS_ID)
                .timers().activityId(StickprovProcessen.START_MANADSVIS).singleResult();
        Set<String> fore = motor.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(StickprovProcessen.PROCESS_ID).list().stream().map(HistoricProcessInstance::getId)
                .collect(Collectors.toSet());
        motor.getManagementService().executeJob(schemat.getId());
        return motor.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(StickprovProcessen.PROCESS_ID)
                .list().stream().filter(p -> !fore.contains(p.getId())).findFirst().orElseThrow();
    }

    static List<Task> granskningar(TaskService taskService, String processInstansId) {
        return taskService.createTaskQuery().processInstanceId(processInstansId).initializeFormKeys().list();
    }

    static String arendenummer(TaskService taskService, Task uppgift) {
        return (String) taskService.getVariableLocal(uppgift.getId(), "arendenummer");
    }

    private static String formular(String barn, String beaktat, String dokumenterat, String oro, String bedomning, String kommentar) {
        StringBuilder variabler = new StringBuilder();
        for (String[] falt : new String[][] {{"stickprovBarn", barn}, {"stickprovBeaktat", beaktat},
                {"stickprovDokumenterat", dokumenterat}, {"stickprovOrosanmalan", oro}, {"stickprovBedomning", bedomning},
                {"stickprovKommentar", kommentar}}) {
            if (falt[1] != null) {
                variabler.append(variabler.isEmpty() ? "" : ", ").append('"').append(falt[0]).append("\": {\"value\": \"")
                        .append(falt[1]).append("\"}");
            }
        }
        return "{\"variables\": {" + variabler + "}}";
    }

    private HttpResponse<String> skicka(Task uppgift, String formular) {
        return http.postJson("/engine-rest/task/" + uppgift.getId() + "/submit-form", GRUPP, "demo", formular);
    }

    @Test
    void schematDrarUrvaletEnGangPerManadOchFormularetSparasPaStickprovet() throws Exception {
        // July's case is outside August's draw; August has six cases, two investigations each
        klockan(LocalDateTime.of(2029, 7, 20, 12, 0));
        Arende juli = forlopp.pagaende("behovEkonomi", Map.of());
        klockan(LocalDateTime.of(2029, 8, 12, 12, 0));
        Set<String> augusti = Stream.generate(() -> forlopp.pagaende("behovEkonomi", Map.of())).limit(6)
                .map(Arende::getArendenummer).collect(Collectors.toSet());

        HistoricProcessInstance forsta = schemat(processEngine, LocalDate.of(2029, 9, 1));

        assertThat(forsta.getBusinessKey()).isEqualTo("Stickprov 2029-08");
        List<Task> uppgifter = granskningar(taskService, forsta.getId());
        assertThat(uppgifter).as("hemvag.stickprov.antal, förval 10, av 12 utredningar").hasSize(Stickprov.STANDARDANTAL);
        for (Task uppgift : uppgifter) {
            assertThat(uppgift).hasDefinitionKey(StickprovProcessen.TASK_GRANSKA).hasCandidateGroup(GRUPP);
            assertThat(Uppgifter.formular(uppgift)).isEqualTo("stickprov-granskning");
            assertThat(augusti).contains(arendenummer(taskService, uppgift));
            assertThat((String) taskService.getVariableLocal(uppgift.getId(), StickprovProcessen.GRANSKAD_UTREDNING))
                    .containsAnyOf("Tillhörighetsutredning, Hemlöshetsmottagningen, 2029-08-12",
                            "Utredning och beslut om insatser, Försörjnings- och utredningssektionen, 2029-08-12");
        }
        assertThat(jdbc.queryForObject("select antal_utredningar from stickprov_dragning where manad = ?", Integer.class,
                LocalDate.of(2029, 8, 1))).isEqualTo(12);

        // a second start in the same month (a retry, a new schedule, another node) draws nothing new
        HistoricProcessInstance andra = schemat(processEngine, LocalDate.of(2029, 9, 1));
        assertThat(andra.getId()).isNotEqualTo(forsta.getId());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(andra.getId()).singleResult()).isNull();
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(andra.getId())
                .activityId(StickprovProcessen.END_REDAN_DRAGET).count()).isOne();
        assertThat(jdbc.queryForObject("select count(*) from stickprov s join stickprov_dragning d on d.id = s.dragning_id"
                + " where d.manad = ?", Integer.class, LocalDate.of(2029, 8, 1))).isEqualTo(Stickprov.STANDARDANTAL);
        assertThat(taskService.createTaskQuery().taskCandidateGroup(GRUPP).processInstanceId(forsta.getId()).count())
                .isEqualTo(Stickprov.STANDARDANTAL);

        // the reviewer reads the drawn case while its review is open, and no other case
        Task uppgift = uppgifter.get(0);
        String nr = arendenummer(taskService, uppgift);
        assertThat(http.get("/api/arenden/" + nr, GRUPP, "demo").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/uppgifter/" + uppgift.getId() + "/klienthistorik", GRUPP, "demo").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/arenden/" + juli.getArendenummer(), GRUPP, "demo").statusCode()).isEqualTo(403);
        assertThat(http.get("/engine-rest/task/" + uppgift.getId() + "/form-variables", GRUPP, "demo").statusCode()).isEqualTo(200);
        assertThat(atkomster.senasteForArende(nr, 10)).filteredOn(a -> a.getAnvandare().equals(GRUPP))
                .extracting(Atkomst::getVad).contains("GET /api/arenden/" + nr, "GET /api/uppgifter/" + uppgift.getId()
                        + "/klienthistorik", "GET /engine-rest/task/" + uppgift.getId() + "/form-variables");

        // an unanswered question, and a remark without a comment, are refused in Swedish; the task stays
        HttpResponse<String> utanBedomning = skicka(uppgift, formular("JA", "JA", "JA", "EJ_AKTUELLT", null, null));
        assertThat(utanBedomning.statusCode()).isEqualTo(400);
        assertThat(json.readTree(utanBedomning.body()).path("message").asText()).contains("Svara på frågan: Samlad bedömning.");
        HttpResponse<String> utanKommentar = skicka(uppgift, formular("JA", "NEJ", "NEJ", "SAKNAS", "ANMARKNING", null));
        assertThat(utanKommentar.statusCode()).isEqualTo(400);
        assertThat(json.readTree(utanKommentar.body()).path("message").asText()).contains("vad anmärkningen gäller");
        assertThat(taskService.createTaskQuery().taskId(uppgift.getId()).count()).isOne();

        Long stickprovId = (Long) taskService.getVariable(uppgift.getId(), StickprovProcessen.STICKPROV_ID);
        assertThat(skicka(uppgift, formular("JA", "NEJ", "NEJ", "SAKNAS", "ANMARKNING", "Umgänge med barn nämns men är inte bedömt"))
                .statusCode()).isEqualTo(204);
        Map<String, Object> rad = jdbc.queryForMap("select * from stickprov where id = ?", stickprovId);
        assertThat(rad).containsEntry("BARN", "JA").containsEntry("BARNPERSPEKTIV_BEAKTAT", "NEJ")
                .containsEntry("BARNPERSPEKTIV_DOKUMENTERAT", "NEJ").containsEntry("OROSANMALAN", "SAKNAS")
                .containsEntry("BEDOMNING", "ANMARKNING").containsEntry("KOMMENTAR", "Umgänge med barn nämns men är inte bedömt")
                .containsEntry("GRANSKAD_AV", GRUPP);

        // the rest of the case's reviews done: the reviewer reads it no more
        for (Task samma : granskningar(taskService, forsta.getId())) {
            if (nr.equals(arendenummer(taskService, samma))) {
                assertThat(skicka(samma, formular("NEJ", "JA", "JA", "EJ_AKTUELLT", "OK", null)).statusCode()).isEqualTo(204);
            }
        }
        assertThat(http.get("/api/arenden/" + nr, GRUPP, "demo").statusCode()).isEqualTo(403);

        for (Task ovrig : granskningar(taskService, forsta.getId())) {
            assertThat(skicka(ovrig, formular("NEJ", "JA", "JA", "EJ_AKTUELLT", "OK", null)).statusCode()).isEqualTo(204);
        }
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(forsta.getId()).singleResult()).isNull();
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(forsta.getId())
                .activityId(StickprovProcessen.END_GRANSKADE).count()).isOne();
        assertThat(jdbc.queryForObject("select count(*) from stickprov s join stickprov_dragning d on d.id = s.dragning_id"
                + " where d.manad = ? and s.granskad is not null", Integer.class, LocalDate.of(2029, 8, 1)))
                .isEqualTo(Stickprov.STANDARDANTAL);
    }

    @Test
    void enAvbruttenDragningOppnarInteLangreArendet() {
        klockan(LocalDateTime.of(2030, 10, 8, 12, 0));
        Arende arende = forlopp.pagaende("behovEkonomi", Map.of());
        HistoricProcessInstance dragning = schemat(processEngine, LocalDate.of(2030, 11, 1));
        assertThat(http.get("/api/arenden/" + arende.getArendenummer(), GRUPP, "demo").statusCode()).isEqualTo(200);

        runtimeService.deleteProcessInstance(dragning.getId(), "Avbruten i Cockpit");

        assertThat(jdbc.queryForObject("select count(*) from stickprov where arende_id = ? and granskad is null", Integer.class,
                arende.getId())).as("the reviews were never done").isPositive();
        assertThat(http.get("/api/arenden/" + arende.getArendenummer(), GRUPP, "demo").statusCode()).isEqualTo(403);
    }

    @Test
    void enManadUtanUtredningarGerIngaGranskningar() {
        HistoricProcessInstance instans = schemat(processEngine, LocalDate.of(2029, 12, 1));

        assertThat(instans.getBusinessKey()).isEqualTo("Stickprov 2029-11");
        assertThat(instans.getEndTime()).isNotNull();
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instans.getId())
                .activityId(StickprovProcessen.END_INGA_UTREDNINGAR).count()).isOne();
        assertThat(jdbc.queryForObject("select antal_utredningar from stickprov_dragning where manad = ?", Integer.class,
                LocalDate.of(2029, 11, 1))).isZero();
    }

    @Test
    void endastUtredningssekreterarnaFarUppgifternaOchFiltret() {
        assertThat(processEngine.getFilterService().createFilterQuery().filterName("Stickprov att granska").count()).isOne();
        assertThat(processEngine.getIdentityService().createUserQuery().userId(GRUPP).memberOfGroup(GRUPP).count()).isOne();
        assertThat(http.get("/engine-rest/filter?resourceType=Task", GRUPP, "demo").body()).contains("Stickprov att granska")
                .doesNotContain("Sektionens uppgifter");
        assertThat(http.get("/engine-rest/filter?resourceType=Task", "handlaggare-vuxen", "demo").body())
                .doesNotContain("Stickprov att granska");
    }
}
