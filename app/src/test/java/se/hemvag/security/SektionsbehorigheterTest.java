package se.hemvag.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import se.hemvag.arende.ArendeProcessen;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.Testklienter;
import se.hemvag.ansokan.Ansokningsmottagning;
import se.hemvag.arende.Arende;

/** Camunda authorizations as the sections, ledning and processägare meet them through /engine-rest. */
@HemvagSpringTest
class SektionsbehorigheterTest {

    private static final String LOSENORD = "demo";

    @LocalServerPort int port;
    @Autowired Ansokningsmottagning mottagning;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired FormService formService;
    @Autowired ObjectMapper json;

    private Http http;
    private Arende arende;

    @BeforeEach
    void ettArendeHosMottagningen() {
        http = new Http(port);
        arende = mottagning.registreraOchStarta(Testklienter.ansokan(), "handlaggare-mottagningen");
    }

    private JsonNode get(String sokvag, String anvandare) throws Exception {
        HttpResponse<String> svar = http.get(sokvag, anvandare, LOSENORD);
        assertThat(svar.statusCode()).as(anvandare + " GET " + sokvag).isEqualTo(200);
        return json.readTree(svar.body());
    }

    @Test
    void baraMottagningenSerTillhorighetsutredningen() throws Exception {
        String fraga = "/engine-rest/task?processInstanceBusinessKey=" + arende.getArendenummer();

        assertThat(get(fraga, "handlaggare-mottagningen")).hasSize(1);
        for (String annan : List.of("handlaggare-vuxen", "handlaggare-forsorjning", "handlaggare-vard-och-omsorg",
                "handlaggare-administrationen", "processagare")) {
            assertThat(get(fraga, annan)).as(annan).isEmpty();
        }
    }

    @Test
    void uppgiftslistanVisarArendenummerOchKlientUtanAttGeLasrattPaProcessen() throws Exception {
        String uppgift = taskService.createTaskQuery().processInstanceBusinessKey(arende.getArendenummer())
                .singleResult().getId();

        JsonNode variabler = get("/engine-rest/variable-instance?taskIdIn=" + uppgift, "handlaggare-mottagningen");

        assertThat(variabler).extracting(v -> v.get("name").asText() + "=" + v.get("value").asText())
                .containsExactlyInAnyOrder("arendenummer=" + arende.getArendenummer(),
                        "klientNamn=" + arende.getKlient().namn());
        assertThat(get("/engine-rest/variable-instance?variableName=arendeId", "handlaggare-mottagningen")).isEmpty();
    }

    @Test
    void enAnnanSektionKanInteSlutforaMottagningensUppgift() {
        String uppgift = taskService.createTaskQuery().processInstanceBusinessKey(arende.getArendenummer())
                .singleResult().getId();

        HttpResponse<String> svar = http.postJson("/engine-rest/task/" + uppgift + "/complete", "handlaggare-vuxen",
                LOSENORD, "{\"variables\": {}}");

        assertThat(svar.statusCode()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(uppgift).count()).isOne();
    }

    @Test
    void varjeSektionSerSinaEgnaFilter() throws Exception {
        List<String> vuxen = namn(get("/engine-rest/filter?resourceType=Task", "handlaggare-vuxen"));
        List<String> mottagningen = namn(get("/engine-rest/filter?resourceType=Task", "handlaggare-mottagningen"));

        assertThat(vuxen).containsExactlyInAnyOrder("Mina uppgifter", "Sektionens uppgifter – Vuxensektionen");
        assertThat(mottagningen).containsExactlyInAnyOrder("Mina uppgifter",
                "Sektionens uppgifter – Hemlöshetsmottagningen");
    }

    @Test
    void ledningenSerArendenaMenProcessagarenOchAndraSektionerInte() throws Exception {
        String fraga = "/engine-rest/process-instance?processDefinitionKey=ArendeProcess&businessKey="
                + arende.getArendenummer();

        assertThat(get(fraga, "chef")).hasSize(1);
        assertThat(get(fraga, "processagare")).isEmpty();
        assertThat(get(fraga, "handlaggare-vuxen")).isEmpty();
    }

    @Test
    void processagarenDriftsatterEnAndradBpmnMenInteHandlaggareEllerLedning() throws Exception {
        byte[] andrad = Files.readString(Path.of("../processes/tillhorighet/tillhorighet.bpmn"))
                .replace("camunda:versionTag=\"1.0.0\"", "camunda:versionTag=\"1.0.1-modeler-test\"")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(driftsatt("handlaggare-mottagningen", andrad).statusCode()).isEqualTo(403);
        assertThat(driftsatt("chef", andrad).statusCode()).isEqualTo(403);

        HttpResponse<String> svar = driftsatt("processagare", andrad);
        assertThat(svar.statusCode()).isEqualTo(200);
        String deploymentId = json.readTree(svar.body()).get("id").asText();
        try {
            JsonNode senaste = get("/engine-rest/process-definition/key/TillhorighetProcess", "processagare");
            assertThat(senaste.get("versionTag").asText()).isEqualTo("1.0.1-modeler-test");
            // the BPMN came alone, without forms and decisions: it still finds them (binding "latest")
            String process = runtimeService.startProcessInstanceById(senaste.get("id").asText(), "modeler-test",
                    ArendeProcessen.startvariabler(arende, LocalDate.now())).getId();
            Task uppgift = taskService.createTaskQuery().processInstanceId(process).singleResult();
            assertThat(formService.getDeployedTaskForm(uppgift.getId())).isNotNull();
        } finally {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    private HttpResponse<String> driftsatt(String anvandare, byte[] bpmn) {
        return http.postMultipart("/engine-rest/deployment/create", anvandare, LOSENORD, List.of(
                new Http.Del("deployment-name", null, "hemvag-modeler".getBytes(StandardCharsets.UTF_8)),
                new Http.Del("deployment-source", null, "Camunda Modeler".getBytes(StandardCharsets.UTF_8)),
                new Http.Del("tillhorighet.bpmn", "tillhorighet.bpmn", bpmn)));
    }

    private static List<String> namn(JsonNode filter) {
        List<String> namn = new ArrayList<>();
        filter.forEach(f -> namn.add(f.get("name").asText()));
        return namn;
    }
}
