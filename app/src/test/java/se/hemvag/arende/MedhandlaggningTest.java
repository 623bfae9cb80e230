package se.hemvag.arende;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;

/** Medhandläggning: another section brought into a case gets its own task and its own intervention. */
@HemvagSpringTest
class MedhandlaggningTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine processEngine;
    @Autowired TaskService taskService;
    @Autowired Arendeforlopp forlopp;
    @Autowired InsatsRepository insatser;
    @Autowired MedhandlaggningRepository medhandlaggningar;
    @Autowired ObjectMapper json;

    private Http http;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        http = new Http(port);
    }

    private Arende pagaendeHosVuxen() {
        Arende arende = forlopp.underUtredning("behovMissbruk");
        String idag = LocalDate.now().toString();
        complete(forlopp.uppgift(arende), withVariables("beslut", "BEVILJAT", "beslutsdatum", idag, "beslutMotivering", "x"));
        complete(forlopp.uppgift(arende), withVariables("insatstyp", "BEHANDLING", "insatsStart", idag,
                "utforare", "Behandlingshemmet", "kostnadPerDygn", 1200L));
        return arende;
    }

    private HttpResponse<String> koppla(Arende arende, String anvandare, String sektion, String behov) {
        return http.postJson("/api/arenden/" + arende.getArendenummer() + "/medhandlaggning", anvandare, "demo",
                "{\"sektion\": " + (sektion == null ? "null" : "\"" + sektion + "\"") + ", \"behov\": \"" + behov + "\"}");
    }

    private List<Task> uppgifter(Arende arende, String sektion) {
        return taskService.createTaskQuery().processInstanceBusinessKey(arende.getArendenummer())
                .taskCandidateGroup(sektion).initializeFormKeys().list();
    }

    @Test
    void inkoppladSektionFarEgenUppgiftOchEgenInsatsPaSammaArende() throws Exception {
        Arende arende = pagaendeHosVuxen();
        assertThat(http.get("/api/arenden/" + arende.getArendenummer(), "handlaggare-forsorjning", "demo").statusCode())
                .isEqualTo(403);

        HttpResponse<String> svar = koppla(arende, "handlaggare-vuxen", "forsorjning", "Ekonomiskt bistånd under behandlingen");

        assertThat(svar.statusCode()).isEqualTo(201);
        Task uppgift = uppgifter(arende, "forsorjning").get(0);
        assertThat(uppgift).hasDefinitionKey("Task_Medhandlaggning");
        assertThat(uppgift.getCamundaFormRef().getKey()).isEqualTo("arende-medhandlaggning");
        assertThat(taskService.getVariable(uppgift.getId(), "medhandlaggningBehov"))
                .isEqualTo("Ekonomiskt bistånd under behandlingen");
        // the responsible section has only the SIP offer that Vuxensektionen makes in every granted case
        assertThat(uppgifter(arende, "vuxen")).extracting(Task::getTaskDefinitionKey)
                .containsOnly(se.hemvag.sip.SipProcessen.TASK_ERBJUD_SIP);
        assertThat(forlopp.process(arende)).isWaitingAt("Timer_NastaUppfoljning", "Timer_Kontaktbevakning");
        assertThat(http.get("/api/arenden/" + arende.getArendenummer(), "handlaggare-forsorjning", "demo").statusCode())
                .isEqualTo(200);

        complete(uppgift, withVariables("insatstyp", "EKONOMISKT_BISTAND", "insatsStart", LocalDate.now().toString(),
                "utforare", "Försörjningsstöd", "kostnadPerDygn", 0L));

        assertThat(insatser.findByArendeIdOrderByStartdatum(arende.getId()))
                .extracting(Insats::getTyp, Insats::getSektion)
                .contains(tuple(Insatstyp.EKONOMISKT_BISTAND, "forsorjning"),
                        tuple(Insatstyp.BEHANDLING, "vuxen"));
        assertThat(medhandlaggningar.findByArendeId(arende.getId()).get(0).getBeslutad()).isNotNull();
        assertThat(forlopp.process(arende)).hasPassed("EndEvent_MedhandlaggningBeslutad")
                .isWaitingAt("Timer_NastaUppfoljning");
    }

    @Test
    void tvaSektionerKanKopplasInSamtidigtMedVarsinUppgift() {
        Arende arende = pagaendeHosVuxen();

        assertThat(koppla(arende, "handlaggare-vuxen", "forsorjning", "Ekonomi").statusCode()).isEqualTo(201);
        assertThat(koppla(arende, "handlaggare-vuxen", "vard-och-omsorg", "Somatisk vård").statusCode()).isEqualTo(201);

        assertThat(uppgifter(arende, "forsorjning")).hasSize(1);
        assertThat(uppgifter(arende, "vard-och-omsorg")).hasSize(1);
        assertThat(taskService.getVariable(uppgifter(arende, "vard-och-omsorg").get(0).getId(), "medhandlaggningBehov"))
                .isEqualTo("Somatisk vård");
    }

    @Test
    void felaktigaBegaranAvvisasUtanAttNagotAndras() throws Exception {
        Arende arende = pagaendeHosVuxen();
        Arende underUtredning = forlopp.underUtredning("behovMissbruk");
        assertThat(koppla(arende, "handlaggare-vuxen", "forsorjning", "Ekonomi").statusCode()).isEqualTo(201);

        assertThat(koppla(arende, "handlaggare-vuxen", "okand", "x").statusCode()).isEqualTo(400);
        assertThat(koppla(arende, "handlaggare-vuxen", "vuxen", "x").statusCode()).isEqualTo(400);
        assertThat(koppla(arende, "handlaggare-vuxen", null, "x").statusCode()).isEqualTo(400);
        assertThat(koppla(arende, "handlaggare-vuxen", "vard-och-omsorg", " ").statusCode()).isEqualTo(400);
        HttpResponse<String> igen = koppla(arende, "handlaggare-vuxen", "forsorjning", "Ekonomi igen");
        assertThat(igen.statusCode()).isEqualTo(409);
        assertThat(json.readTree(igen.body()).get("detail").asText()).contains("redan inkopplad");
        assertThat(koppla(arende, "handlaggare-forsorjning", "vard-och-omsorg", "x").statusCode()).isEqualTo(403);
        assertThat(koppla(underUtredning, "handlaggare-vuxen", "forsorjning", "x").statusCode()).isEqualTo(409);
        assertThat(koppla(arende, null, "forsorjning", "x").statusCode()).isEqualTo(401);

        assertThat(medhandlaggningar.findByArendeId(arende.getId())).hasSize(1);
        assertThat(medhandlaggningar.findByArendeId(underUtredning.getId())).isEmpty();
        assertThat(uppgifter(arende, "vard-och-omsorg")).isEmpty();
    }
}
