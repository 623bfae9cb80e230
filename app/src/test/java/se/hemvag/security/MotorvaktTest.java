package se.hemvag.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;

/**
 * The engine's doors as a user finds them over HTTP: a task takes only its form's fields, a process
 * moves only through its forms, and the privileged groups are the bootstrap account's. Each of
 * these answered 200 or 204 before the guard existed.
 */
@HemvagSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MotorvaktTest {

    @LocalServerPort int port;
    @Autowired Arendeforlopp forlopp;
    @Autowired se.hemvag.forsokslagenhet.Forsoksforlopp forsok;
    @Autowired TaskService taskService;
    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    private Http http;
    private Arende vuxensArende;
    private Arende forsorjningsArende;

    @BeforeEach
    void fixturer() {
        if (http == null) {
            http = new Http(port);
            vuxensArende = forlopp.underUtredning("behovMissbruk");
            forsorjningsArende = forlopp.pagaende("behovEkonomi", Map.of());
        }
    }

    private HttpResponse<String> skickaIn(String uppgift, String variabler) {
        return http.postJson("/engine-rest/task/" + uppgift + "/submit-form", "handlaggare-vuxen", "demo",
                "{\"variables\": {" + variabler + "}}");
    }

    private String beslut() {
        return "\"beslut\": {\"value\": \"AVSLAG\"}, \"beslutsdatum\": {\"value\": \"2026-11-02\"},"
                + " \"beslutMotivering\": {\"value\": \"Inget behov\"}";
    }

    private String meddelande(HttpResponse<String> svar) throws Exception {
        return json.readTree(svar.body()).path("message").asText();
    }

    @Test
    void enUppgiftTarBaraSittFormularsFalt() throws Exception {
        Task uppgift = forlopp.uppgift(vuxensArende);
        int avslutFore = jdbc.queryForObject("select count(*) from avslut", Integer.class);

        HttpResponse<String> annatArende = skickaIn(uppgift.getId(), beslut() + ", \"arendeId\": {\"value\": "
                + forsorjningsArende.getId() + ", \"type\": \"Long\"}");
        HttpResponse<String> annanGrupp = skickaIn(uppgift.getId(), beslut() + ", \"ansvarigSektion\": {\"value\": \"processagare\"}");
        HttpResponse<String> felVal = skickaIn(uppgift.getId(), "\"beslut\": {\"value\": \"STANG_ALLT\"}");
        HttpResponse<String> felTyp = skickaIn(uppgift.getId(), "\"beslutMotivering\": {\"value\": 17, \"type\": \"Long\"}");
        HttpResponse<String> objekt = skickaIn(uppgift.getId(), "\"beslutMotivering\": {\"value\": \"{}\", \"type\": \"Json\"}");
        HttpResponse<String> lasbart = skickaIn(uppgift.getId(), beslut() + ", \"arendenummer\": {\"value\": \""
                + forsorjningsArende.getArendenummer() + "\"}");

        assertThat(annatArende.statusCode()).isEqualTo(400);
        assertThat(meddelande(annatArende)).contains("Formuläret har inget fält \"arendeId\"");
        assertThat(annanGrupp.statusCode()).isEqualTo(400);
        assertThat(meddelande(annanGrupp)).contains("\"ansvarigSektion\"");
        assertThat(felVal.statusCode()).isEqualTo(400);
        assertThat(meddelande(felVal)).contains("inget av valen");
        assertThat(felTyp.statusCode()).isEqualTo(400);
        assertThat(meddelande(felTyp)).contains("ska vara text");
        assertThat(objekt.statusCode()).isEqualTo(400);
        assertThat(lasbart.statusCode()).isEqualTo(400);
        assertThat(meddelande(lasbart)).contains("visas bara");
        // nothing saved: the task is still open, the variables unchanged, no closure anywhere
        assertThat(taskService.createTaskQuery().taskId(uppgift.getId()).count()).isOne();
        assertThat(runtimeService.getVariable(forlopp.process(vuxensArende).getId(), ArendeProcessen.ARENDE_ID))
                .isEqualTo(vuxensArende.getId());
        assertThat(jdbc.queryForObject("select count(*) from avslut", Integer.class)).isEqualTo(avslutFore);

        HttpResponse<String> sammaVarde = skickaIn(uppgift.getId(), beslut() + ", \"arendenummer\": {\"value\": \""
                + vuxensArende.getArendenummer() + "\"}");
        assertThat(sammaVarde.statusCode()).as(sammaVarde.body()).isIn(200, 204);
    }

    @Test
    void ettTalSomTextGerFelOchInte500() throws Exception {
        Arende beviljat = forlopp.underUtredning("behovMissbruk");
        taskService.complete(forlopp.uppgift(beviljat).getId(), Map.of("beslut", "BEVILJAT", "beslutsdatum", "2026-11-02",
                "beslutMotivering", "Behov"));
        Task insats = forlopp.uppgift(beviljat);

        HttpResponse<String> svar = skickaIn(insats.getId(), "\"insatstyp\": {\"value\": \"STODBOENDE\"},"
                + " \"insatsStart\": {\"value\": \"2026-11-02\"}, \"utforare\": {\"value\": \"Boendet\"},"
                + " \"kostnadPerDygn\": {\"value\": \"åttahundra\"}");

        assertThat(svar.statusCode()).isEqualTo(400);
        assertThat(meddelande(svar)).contains("ska vara ett tal");
    }

    @Test
    void variablerAndrasBaraGenomFormularen() throws Exception {
        Task uppgift = forlopp.uppgift(vuxensArende);
        HttpResponse<String> svar = http.put("/engine-rest/task/" + uppgift.getId() + "/variables/ansvarigSektion",
                "handlaggare-vuxen", "{\"value\": \"processagare\"}");
        HttpResponse<String> lokal = http.put("/engine-rest/task/" + uppgift.getId() + "/localVariables/arendeId",
                "handlaggare-vuxen", "{\"value\": 1, \"type\": \"Long\"}");
        HttpResponse<String> grupp = http.postJson("/engine-rest/task/" + uppgift.getId() + "/identity-links",
                "handlaggare-vuxen", "demo", "{\"groupId\": \"processagare\", \"type\": \"candidate\"}");

        assertThat(svar.statusCode()).isEqualTo(403);
        assertThat(meddelande(svar)).contains("driftadministratören");
        assertThat(lokal.statusCode()).isEqualTo(403);
        assertThat(grupp.statusCode()).isEqualTo(403);
        assertThat(taskService.getVariable(uppgift.getId(), ArendeProcessen.ANSVARIG_SEKTION)).isEqualTo("vuxen");
        assertThat(taskService.getIdentityLinksForTask(uppgift.getId())).noneMatch(l -> "processagare".equals(l.getGroupId()));
    }

    @Test
    void processerStartasOchFlyttasBaraGenomSinaFormular() throws Exception {
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ForsokslagenhetProcess")
                .latestVersion().singleResult().getId();
        long instanserFore = runtimeService.createProcessInstanceQuery().count();

        HttpResponse<String> instruktioner = http.postJson("/engine-rest/process-definition/" + definition + "/start",
                "handlaggare-vuxen", "demo", "{\"businessKey\": \"" + forsorjningsArende.getArendenummer() + "\","
                        + " \"startInstructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_BestallBoendestod\"}]}");
        HttpResponse<String> hoppaOver = http.postJson("/engine-rest/process-definition/" + definition + "/start",
                "handlaggare-vuxen", "demo", "{\"skipCustomListeners\": true, \"skipIoMappings\": true,"
                        + " \"startInstructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_BeslutaForsokslagenhet\"}]}");
        HttpResponse<String> startmeddelande = http.postJson("/engine-rest/message", "handlaggare-mottagningen", "demo",
                "{\"messageName\": \"Message_AnsokanRegistrerad\", \"businessKey\": \"" + vuxensArende.getArendenummer() + "\"}");
        HttpResponse<String> bpmnFel = http.postJson("/engine-rest/task/" + forlopp.uppgift(vuxensArende).getId()
                + "/bpmnError", "handlaggare-vuxen", "demo", "{\"errorCode\": \"Okand\"}");
        HttpResponse<String> flytt = http.postJson("/engine-rest/process-instance/" + forlopp.process(vuxensArende).getId()
                + "/modification", "chef", "demo", "{\"instructions\": [{\"type\": \"cancel\", \"activityId\": \"Task_BeslutaInsatser\"}]}");

        for (HttpResponse<String> svar : new HttpResponse[] {instruktioner, hoppaOver, startmeddelande, bpmnFel, flytt}) {
            assertThat(svar.statusCode()).as(svar.body()).isEqualTo(403);
        }
        assertThat(meddelande(instruktioner)).contains("startformulär");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instanserFore);
        assertThat(forlopp.uppgift(vuxensArende).getTaskDefinitionKey()).isEqualTo(ArendeProcessen.TASK_BESLUTA_INSATSER);
    }

    @Test
    void adminKanInteGeSigSjalvMerBehorighet() throws Exception {
        for (String grupp : new String[] {"camunda-admin", "ledning", "processagare", "ledning-vuxen"}) {
            HttpResponse<String> svar = http.put("/engine-rest/group/" + grupp + "/members/admin", "admin", "");
            assertThat(svar.statusCode()).as(grupp + ": " + svar.body()).isEqualTo(403);
            assertThat(meddelande(svar)).contains("driftadministratören");
        }
        HttpResponse<String> losenord = http.put("/engine-rest/user/chef/credentials", "admin",
                "{\"password\": \"kant-losenord-123\", \"authenticatedUserPassword\": \"demo\"}");
        HttpResponse<String> bortDriftadmin = http.delete("/engine-rest/group/camunda-admin/members/driftadmin", "admin");
        HttpResponse<String> bortChef = http.delete("/engine-rest/user/chef", "admin");

        assertThat(losenord.statusCode()).isEqualTo(403);
        assertThat(bortDriftadmin.statusCode()).isEqualTo(403);
        assertThat(bortChef.statusCode()).isEqualTo(403);
        assertThat(identityService.checkPassword("chef", "demo")).isTrue();
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").userId("driftadmin").count()).isOne();
        assertThat(identityService.createUserQuery().memberOfGroup("ledning").userId("admin").count()).isZero();

        HttpResponse<String> bortSektion = http.delete("/engine-rest/group/vuxen", "admin");
        HttpResponse<String> dopaOm = http.put("/engine-rest/group/vuxen", "admin",
                "{\"id\": \"vuxen\", \"name\": \"Annat\", \"type\": \"WORKFLOW\"}");
        assertThat(bortSektion.statusCode()).isEqualTo(403);
        assertThat(dopaOm.statusCode()).isEqualTo(403);
        assertThat(identityService.createGroupQuery().groupId("vuxen").singleResult().getName()).isEqualTo("Vuxensektionen");

        // admin creates the account, the section's lead lets it into the section (four eyes on access to cases)
        identityService.saveUser(identityService.newUser("ny-handlaggare"));
        HttpResponse<String> adminGerArenden = http.put("/engine-rest/group/vuxen/members/ny-handlaggare", "admin", "");
        assertThat(adminGerArenden.statusCode()).isEqualTo(403);
        assertThat(meddelande(adminGerArenden)).contains("sektionens ledning");
        assertThat(http.put("/engine-rest/group/forsorjning/members/ny-handlaggare", "gruppledare-vuxen", "").statusCode())
                .as("another section's lead").isEqualTo(403);
        assertThat(http.put("/engine-rest/group/vuxen/members/ny-handlaggare", "gruppledare-vuxen", "").statusCode()).isEqualTo(204);
        HttpResponse<String> system = http.postJson("/engine-rest/user/create", "admin", "demo",
                "{\"profile\": {\"id\": \"system\", \"firstName\": \"S\", \"lastName\": \"S\"}, \"credentials\": {\"password\": \"x-123456789\"}}");
        assertThat(system.statusCode()).isEqualTo(403);
        // and a user changes their own password
        assertThat(http.put("/engine-rest/user/handlaggare-vard-och-omsorg/credentials", "handlaggare-vard-och-omsorg",
                "{\"password\": \"demo\", \"authenticatedUserPassword\": \"demo\"}").statusCode()).isEqualTo(204);
    }

    @Test
    void driftsattningMedArendenTasInteBortMedDem() {
        String driftsattning = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ArendeProcessen.PROCESS_ID)
                .latestVersion().singleResult().getDeploymentId();

        HttpResponse<String> svar = http.delete("/engine-rest/deployment/" + driftsattning + "?cascade=true", "processagare");

        assertThat(svar.statusCode()).isEqualTo(403);
        assertThat(repositoryService.createDeploymentQuery().deploymentId(driftsattning).count()).isOne();
        assertThat(forlopp.process(vuxensArende)).isNotNull();
    }

    @Test
    void driftadministratorenKanFortfarandeIngripa() {
        Arende arende = forlopp.underUtredning("behovMissbruk");
        HttpResponse<String> svar = http.postJson("/engine-rest/process-instance/" + forlopp.process(arende).getId()
                + "/variables", "driftadmin", "demo", "{\"modifications\": {\"arendeId\": {\"value\": " + arende.getId()
                + ", \"type\": \"Long\"}}}");

        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(204);
    }

    private HttpResponse<String> driftsatt(String filnamn, String innehall) {
        String grans = "hemvaggrans";
        String kropp = "--" + grans + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nprov\r\n"
                + "--" + grans + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + filnamn + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + innehall + "\r\n--" + grans + "--\r\n";
        return http.post("/engine-rest/deployment/create", "processagare", "demo", "multipart/form-data; boundary=" + grans,
                kropp.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String process(String id, String uppgift) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"D\" targetNamespace=\"t\"><bpmn:process id=\"" + id
                + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\"><bpmn:startEvent id=\"S\"/>" + uppgift
                + "</bpmn:process></bpmn:definitions>";
    }

    @Test
    void enDriftsattningSomKorKodAvvisasNarDenKommer() throws Exception {
        long fore = repositoryService.createDeploymentQuery().count();

        HttpResponse<String> bona = driftsatt("bona.bpmn", process("Bona", "<bpmn:serviceTask id=\"T\""
                + " camunda:expression=\"${identityService.createMembership('processagare', 'camunda-admin')}\"/>"));
        HttpResponse<String> xxe = driftsatt("xxe.bpmn", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]><d>&x;</d>");
        HttpResponse<String> skript = driftsatt("skript.bpmn", process("Skript", "<bpmn:scriptTask id=\"T\" scriptFormat=\"js\">"
                + "<bpmn:script>1</bpmn:script></bpmn:scriptTask>"));

        for (HttpResponse<String> svar : java.util.List.of(bona, xxe, skript)) {
            assertThat(svar.statusCode()).as(svar.body()).isEqualTo(400);
            assertThat(meddelande(svar)).startsWith("Driftsättningen togs inte emot");
        }
        assertThat(meddelande(bona)).contains("identityService");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(fore);

        HttpResponse<String> tillaten = driftsatt("ny.bpmn", process("NyProcessFranModeler",
                "<bpmn:serviceTask id=\"T\" camunda:delegateExpression=\"${registreraBeslutDelegate}\"/>"));
        assertThat(tillaten.statusCode()).as(tillaten.body()).isEqualTo(200);
        repositoryService.deleteDeployment(json.readTree(tillaten.body()).get("id").asText(), true);
    }

    /** Even the bootstrap account, starting at an activity of its choosing, gets no second trial apartment for a case. */
    @Test
    void enForsokslagenhetsprocessPerArendeHurProcessenAnStartas() throws Exception {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        forsok.ansok(arende, true);
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ForsokslagenhetProcess")
                .latestVersion().singleResult().getId();

        HttpResponse<String> svar = http.postJson("/engine-rest/process-definition/" + definition + "/start", "driftadmin", "demo",
                "{\"businessKey\": \"" + arende.getArendenummer() + "\", \"skipCustomListeners\": true, \"startInstructions\":"
                        + " [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_BestallBoendestod\"}]}");

        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(400);
        assertThat(meddelande(svar)).isEqualTo("Ärende " + arende.getArendenummer() + " har redan en försökslägenhet under handläggning.");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("ForsokslagenhetProcess")
                .processInstanceBusinessKey(arende.getArendenummer()).count()).isOne();
    }

    /** What the deployment check might miss, the engine itself refuses: methods on values, classes, assignments. */
    @Test
    void motornsUttryckNarBaraVariablerOchDelegater() {
        JuelExpressionManager uttryck = (JuelExpressionManager) ((ProcessEngineConfigurationImpl) processEngine
                .getProcessEngineConfiguration()).getExpressionManager();
        ELContext kontext = uttryck.createElContext(Variables.createVariables().putValue("namn", "Anna").asVariableContext());

        assertThat(uttryck.createValueExpression("${namn == 'Anna'}").getValue(kontext)).isEqualTo(true);
        assertThat(uttryck.createValueExpression("${sipar.erbjudSenast()}").getValue(kontext)).isNotNull();
        assertThat(uttryck.createValueExpression("${kontaktbevakning.tidMellanForsok}").getValue(kontext)).isNotNull();
        for (String farligt : new String[] {"${namn.getClass()}", "${namn.class}", "${sipar.class}", "${namn.bytes}",
                "${''.getClass().forName('java.lang.Runtime')}", "${jdbcTemplate}", "${sipar.toString()}",
                "${sipar.removeAdvisor(0)}", "${sipar.callbacks}"}) {
            assertThatThrownBy(() -> uttryck.createValueExpression(farligt).getValue(kontext)).as(farligt)
                    .isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void enUppgiftLamnasBaraTillNagonISektionen() {
        Task uppgift = forlopp.uppgift(forlopp.underUtredning("behovMissbruk"));
        for (HttpResponse<String> svar : java.util.List.of(
                http.postJson("/engine-rest/task/" + uppgift.getId() + "/assignee", "handlaggare-vuxen", "demo",
                        "{\"userId\": \"handlaggare-forsorjning\"}"),
                http.postJson("/engine-rest/task/" + uppgift.getId() + "/delegate", "handlaggare-vuxen", "demo",
                        "{\"userId\": \"chef\"}"),
                http.postJson("/engine-rest/task/" + uppgift.getId() + "/claim", "handlaggare-vuxen", "demo",
                        "{\"userId\": \"admin\"}"),
                http.postJson("/engine-rest/task/" + uppgift.getId() + "/identity-links", "handlaggare-vuxen", "demo",
                        "{\"userId\": \"handlaggare-forsorjning\", \"type\": \"owner\"}"),
                http.put("/engine-rest/task/" + uppgift.getId(), "handlaggare-vuxen", "{\"name\": \"Anna Andersson, 19790814-9954\"}"))) {
            assertThat(svar.statusCode()).as(svar.uri() + " " + svar.body()).isEqualTo(403);
        }
        Task efter = taskService.createTaskQuery().taskId(uppgift.getId()).singleResult();
        assertThat(efter.getAssignee()).isNull();
        assertThat(efter.getOwner()).isNull();
        assertThat(efter.getName()).isEqualTo(uppgift.getName());
        // a comment would stay in the engine's history past the culling: refused whatever the user's rights
        identityService.setAuthentication("handlaggare-vuxen", java.util.List.of("vuxen"));
        try {
            assertThatThrownBy(() -> taskService.createComment(uppgift.getId(), null, "Klienten berättade om sin diagnos"))
                    .isInstanceOf(NekadAvMotorvakten.class).hasMessageContaining("Kommentarer och bilagor");
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(taskService.getTaskComments(uppgift.getId())).isEmpty();

        assertThat(http.postJson("/engine-rest/task/" + uppgift.getId() + "/assignee", "handlaggare-vuxen", "demo",
                "{\"userId\": \"gruppledare-vuxen\"}").statusCode()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(uppgift.getId()).singleResult().getAssignee()).isEqualTo("gruppledare-vuxen");
    }

    @Test
    void administratorenGerSigInteTillgangTillArenden() {
        HttpResponse<String> sjalv = http.put("/engine-rest/group/vuxen/members/admin", "admin", "");
        identityService.saveUser(identityService.newUser("admin-tva"));
        identityService.createMembership("admin-tva", "administratorer");
        HttpResponse<String> annanAdmin = http.put("/engine-rest/group/vuxen/members/admin-tva", "admin", "");
        HttpResponse<String> profil = http.put("/engine-rest/user/handlaggare-vuxen/profile", "admin",
                "{\"id\": \"handlaggare-vuxen\", \"firstName\": \"Handläggare\", \"lastName\": \"Vuxensektionen\","
                        + " \"email\": \"vuxen@example.se\"}");

        assertThat(sjalv.statusCode()).isEqualTo(403);
        assertThat(annanAdmin.statusCode()).isEqualTo(403);
        assertThat(identityService.createUserQuery().memberOfGroup("vuxen").userIdIn("admin", "admin-tva").count()).isZero();
        assertThat(profil.statusCode()).as("a profile edit is not a password change").isEqualTo(204);
    }

    @Test
    void enLasbarUppgiftKanInteToemmasOchEttSerialiseratObjektGer400() throws Exception {
        Task uppgift = forlopp.uppgift(forlopp.underUtredning("behovMissbruk"));
        HttpResponse<String> tom = http.postJson("/engine-rest/task/" + uppgift.getId() + "/complete", "handlaggare-vuxen", "demo",
                "{\"variables\": {\"arendenummer\": {\"value\": null}}}");
        HttpResponse<String> objekt = http.postJson("/engine-rest/task/" + uppgift.getId() + "/submit-form", "handlaggare-vuxen",
                "demo", "{\"variables\": {\"beslutMotivering\": {\"value\": \"rO0ABXQAAXg=\", \"type\": \"Object\","
                        + " \"valueInfo\": {\"objectTypeName\": \"java.lang.String\", \"serializationDataFormat\":"
                        + " \"application/x-java-serialized-object\"}}}}");

        assertThat(tom.statusCode()).as(tom.body()).isEqualTo(400);
        assertThat(objekt.statusCode()).as(objekt.body()).isEqualTo(400);
        assertThat(taskService.getVariable(uppgift.getId(), ArendeProcessen.ARENDENUMMER)).isNotNull();
    }
}
