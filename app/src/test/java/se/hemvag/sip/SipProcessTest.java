package se.hemvag.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.Uppgifter;
import se.hemvag.arende.Arende;
import se.hemvag.delat.OgiltigtFormularException;

/** SIP: offered without delay when health care is involved, consent as its own record, plan and follow-up. */
@HemvagSpringTest
class SipProcessTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired Arendeforlopp forlopp;
    @Autowired SipRepository sipar;
    @Autowired SamtyckeRepository samtycken;
    @Autowired ObjectMapper json;
    @Autowired se.hemvag.arende.Arenden arenden;

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

    private Arende medVarden() {
        return forlopp.pagaende("behovMissbruk", Map.of("vardenInvolverad", true));
    }

    private ProcessInstance sip(Arende arende) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(SipProcessen.PROCESS_ID)
                .processInstanceBusinessKey(arende.getArendenummer()).singleResult();
    }

    private Task uppgift(ProcessInstance sip) {
        return Uppgifter.medFormular(sip.getId());
    }

    private Sip sipFor(Arende arende) {
        return sipar.findByArendeIdOrderById(arende.getId()).get(0);
    }

    private static String idag() {
        return om(0);
    }

    private static String om(int dagar) {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()).plusDays(dagar).toString();
    }

    private void tackaJa(ProcessInstance sip) {
        complete(uppgift(sip), withVariables("sipErbjuden", idag(), "sipSvar", "ACCEPTERAT", "samtyckeLamnat", idag(),
                "samtyckesform", "SKRIFTLIGT", "samtyckeOmfattning", "Vuxensektionen, Beroendecentrum och vårdcentralen"));
    }

    private void flyttaTidenTillUppfoljningen(ProcessInstance sip) {
        Job timer = managementService.createJobQuery().processInstanceId(sip.getId()).singleResult();
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
        managementService.executeJob(timer.getId());
    }

    @Test
    void vardenInvolveradGerSipSomErbjudsGenastOchFoljsUppTillsDenAvslutas() {
        Arende arende = medVarden();

        ProcessInstance sip = sip(arende);
        assertThat(sip).isNotNull().isWaitingAt(SipProcessen.TASK_ERBJUD_SIP);
        Task erbjud = uppgift(sip);
        assertThat(erbjud).hasCandidateGroup("vuxen");
        assertThat(Uppgifter.formular(erbjud)).isEqualTo("sip-erbjudande");
        assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), erbjud.getDueDate().toInstant()))
                .as("erbjudandet ska göras utan dröjsmål").isBetween(Duration.ofDays(2), Duration.ofDays(4));
        assertThat(sipFor(arende).getStatus()).isEqualTo(SipStatus.ERBJUDS);

        tackaJa(sip);
        Samtycke samtycke = samtycken.findBySipId(sipFor(arende).getId()).get(0);
        assertThat(samtycke.getForm()).isEqualTo(Samtyckesform.SKRIFTLIGT);
        assertThat(samtycke.isGallande()).isTrue();
        assertThat(uppgift(sip)).hasDefinitionKey(SipProcessen.TASK_BJUD_IN);
        assertThat(Uppgifter.formular(uppgift(sip))).isEqualTo("sip-inbjudan");

        complete(uppgift(sip), withVariables("sipInbjudna", "Beroendecentrum, läkare\nVårdcentralen Hemlösa, sjuksköterska",
                "sipMotesdatum", om(7), "sipMotesplats", "Enheten för hemlösa"));
        assertThat(uppgift(sip)).hasDefinitionKey(SipProcessen.TASK_MOTE_OCH_PLAN);
        complete(uppgift(sip), withVariables("sipMoteHallet", idag(), "sipKlientenDeltog", true,
                "sipPlan", "Beroendecentrum: substitutionsbehandling\nVuxensektionen: stödboende", "sipHuvudansvar", "KOMMUNEN",
                "sipHuvudansvarig", "Socialsekreterare, Vuxensektionen", "sipNastaUppfoljning", om(60)));
        Sip planerad = sipFor(arende);
        assertThat(planerad.getStatus()).isEqualTo(SipStatus.PLAN_UPPRATTAD);
        assertThat(planerad.getHuvudansvar()).isEqualTo(Huvudansvar.KOMMUNEN);
        assertThat(sip).isWaitingAt("Timer_SipUppfoljning");

        flyttaTidenTillUppfoljningen(sip);
        assertThat(uppgift(sip)).hasDefinitionKey(SipProcessen.TASK_FOLJ_UPP);
        complete(uppgift(sip), withVariables("sipUppfoljningsdatum", idag(), "sipUppfoljningAnteckning", "Behandlingen går bra",
                "sipUtfall", "FORTSATT", "sipNastaUppfoljning", om(90)));
        assertThat(sip).isWaitingAt("Timer_SipUppfoljning");

        flyttaTidenTillUppfoljningen(sip);
        complete(uppgift(sip), withVariables("sipUppfoljningsdatum", idag(), "sipUppfoljningAnteckning", "Målen nådda",
                "sipUtfall", "AVSLUTAD"));

        assertThat(sip).isEnded().hasPassed("EndEvent_SipAvslutad");
        assertThat(sipFor(arende).getStatus()).isEqualTo(SipStatus.AVSLUTAD);
        JsonNode vy = lasSip(arende, "handlaggare-vuxen");
        assertThat(vy.at("/0/uppfoljningar")).hasSize(2);
        assertThat(vy.at("/0/samtycken/0/omfattning").asText()).contains("Beroendecentrum");
    }

    @Test
    void klientenTackarNejOchErbjudandetArRegistrerat() {
        Arende arende = medVarden();
        ProcessInstance sip = sip(arende);

        complete(uppgift(sip), withVariables("sipErbjuden", idag(), "sipSvar", "AVBOJT", "sipAvbojtAnledning", "Vill inte nu"));

        assertThat(sip).isEnded().hasPassed("EndEvent_SipAvbojd");
        Sip avbojd = sipFor(arende);
        assertThat(avbojd.getStatus()).isEqualTo(SipStatus.AVBOJD);
        assertThat(avbojd.getErbjuden()).isNotNull();
        assertThat(samtycken.findBySipId(avbojd.getId())).isEmpty();
    }

    @Test
    void forsorjningssektionenErbjuderSipBaraNarVardenArInvolverad() {
        Arende utanVard = forlopp.pagaende("behovEkonomi", Map.of());
        Arende medVard = forlopp.pagaende("behovEkonomi", Map.of("vardenInvolverad", true));

        assertThat(arenden.hamta(utanVard.getArendenummer()).getAnsvarigSektion()).isEqualTo("forsorjning");
        assertThat(sip(utanVard)).isNull();
        assertThat(sipar.findByArendeIdOrderById(utanVard.getId())).isEmpty();
        assertThat(uppgift(sip(medVard))).hasCandidateGroup("forsorjning");
    }

    @Test
    void stodsektionernaErbjuderAlltidSip() {
        for (String behov : List.of("behovMissbruk", "behovPsykiskOhalsa")) {
            Arende arende = forlopp.pagaende(behov, Map.of());

            assertThat(sip(arende)).as(behov).isNotNull();
            assertThat(uppgift(sip(arende))).hasDefinitionKey(SipProcessen.TASK_ERBJUD_SIP)
                    .hasCandidateGroup(arenden.hamta(arende.getArendenummer()).getAnsvarigSektion());
            assertThat(sipFor(arende).getStatus()).isEqualTo(SipStatus.ERBJUDS);
        }
    }

    @Test
    void ettJaUtanSamtyckeAvvisasOchUppgiftenFinnsKvar() {
        Arende arende = medVarden();
        ProcessInstance sip = sip(arende);

        assertThatThrownBy(() -> complete(uppgift(sip), withVariables("sipErbjuden", idag(), "sipSvar", "ACCEPTERAT",
                "samtyckeLamnat", idag(), "samtyckesform", "MUNTLIGT")))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("Vad samtycket omfattar");
        assertThatThrownBy(() -> complete(uppgift(sip), withVariables("sipErbjuden", om(3), "sipSvar", "AVBOJT")))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("framtiden");

        assertThat(sip).isWaitingAt(SipProcessen.TASK_ERBJUD_SIP);
        assertThat(sipFor(arende).getStatus()).isEqualTo(SipStatus.ERBJUDS);
    }

    @Test
    void aterkallatSamtyckeStopparSipen() throws Exception {
        Arende arende = medVarden();
        ProcessInstance sip = sip(arende);
        String aterkalla = "/api/arenden/" + arende.getArendenummer() + "/sip/samtycke/aterkallelse";
        assertThat(http.postJson(aterkalla, "handlaggare-vuxen", "demo", "{}").statusCode())
                .as("inget samtycke ännu").isEqualTo(409);
        tackaJa(sip);

        assertThat(http.postJson(aterkalla, "handlaggare-forsorjning", "demo", "{}").statusCode()).isEqualTo(403);
        var svar = http.postJson(aterkalla, "handlaggare-vuxen", "demo", "{\"anteckning\": \"Ringde och återkallade\"}");

        assertThat(svar.statusCode()).isEqualTo(200);
        assertThat(json.readTree(svar.body()).get("status").asText()).isEqualTo("STOPPAD");
        assertThat(sip).isEnded().hasPassed("EndEvent_SipStoppad");
        Samtycke samtycke = samtycken.findBySipId(sipFor(arende).getId()).get(0);
        assertThat(samtycke.isGallande()).isFalse();
        assertThat(samtycke.getAterkallatAnteckning()).isEqualTo("Ringde och återkallade");
        assertThat(http.postJson(aterkalla, "handlaggare-vuxen", "demo", "{}").statusCode()).isEqualTo(409);
    }

    @Test
    void ansvarigSektionKanBegaraSipSenareEnGangItaget() throws Exception {
        Arende arende = forlopp.pagaende("behovEkonomi", Map.of());
        String url = "/api/arenden/" + arende.getArendenummer() + "/sip";

        assertThat(http.postJson(url, "handlaggare-vuxen", "demo", "{}").statusCode()).isEqualTo(403);
        var svar = http.postJson(url, "handlaggare-forsorjning", "demo", "{}");
        assertThat(svar.statusCode()).isEqualTo(201);
        assertThat(json.readTree(svar.body()).get("status").asText()).isEqualTo("ERBJUDS");
        assertThat(uppgift(sip(arende))).hasCandidateGroup("forsorjning");
        var igen = http.postJson(url, "handlaggare-forsorjning", "demo", "{}");
        assertThat(igen.statusCode()).isEqualTo(409);
        assertThat(json.readTree(igen.body()).get("detail").asText()).contains("redan en pågående SIP");

        assertThat(http.get(url, "handlaggare-vuxen", "demo").statusCode()).isEqualTo(403);
        assertThat(lasSip(arende, "handlaggare-forsorjning")).hasSize(1);
    }

    @Test
    void sipenAvslutasNarArendetAvslutas() {
        Arende arende = medVarden();
        ProcessInstance sip = sip(arende);
        tackaJa(sip);

        assertThat(http.postJson("/api/arenden/" + arende.getArendenummer() + "/avslut", "handlaggare-vuxen", "demo", "{\"orsak\": \"MALEN_UPPNADDA\"}")
                .statusCode()).isEqualTo(202);
        Task blankett = taskService.createTaskQuery().processInstanceBusinessKey(arende.getArendenummer())
                .taskDefinitionKey("Task_Avslutningsblankett").singleResult();
        complete(blankett, withVariables("avslutsorsak", "MALEN_UPPNADDA", "boendeVidAvslut", "INNEBOENDE",
                "egenForsorjning", "EJ_AKTUELLT", "avslutsdatum", idag()));

        assertThat(sip).isEnded().hasPassed("EndEvent_SipAvslutadMedArendet");
        assertThat(sipFor(arende).getStatus()).isEqualTo(SipStatus.AVSLUTAD);
    }

    private JsonNode lasSip(Arende arende, String anvandare) {
        try {
            var svar = http.get("/api/arenden/" + arende.getArendenummer() + "/sip", anvandare, "demo");
            assertThat(svar.statusCode()).isEqualTo(200);
            return json.readTree(svar.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
