package se.hemvag.forsokslagenhet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.hemvag.forsokslagenhet.Forsoksforlopp.idag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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

/** Hyran först: the monthly open house on its schedule, visits on each client's case, rent-debt reports. */
@HemvagSpringTest
class HyranForstTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired Arendeforlopp forlopp;
    @Autowired Forsoksforlopp forsok;
    @Autowired HyranForstBesokRepository besok;
    @Autowired HyresskuldRepository hyresskulder;
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

    private Job schemat() {
        return managementService.createJobQuery().processDefinitionKey("HyranForstProcess").timers()
                .activityId("StartEvent_Manadsvis").singleResult();
    }

    /** The schedule's time comes: this month's open house opens. */
    private ProcessInstance oppetHus() {
        managementService.executeJob(schemat().getId());
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("HyranForstProcess")
                .orderByProcessInstanceId().desc().list().stream()
                .filter(p -> !p.isEnded()).findFirst().orElseThrow();
    }

    private Arende borIForsokslagenhet() {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        ProcessInstance process = forsok.beviljad(arende);
        forsok.lagenhetOchBoendestod(process);
        ProcessInstance tillfalle = forsok.planeraLagenhetsinfo(2, 50);
        forsok.genomfor(tillfalle).forEach(t -> forsok.kom(t, 4));
        forsok.inflyttad(process);
        return arende;
    }

    private String anmalan(String anmaldAv, int belopp) {
        return "{\"anmaldAv\": \"" + anmaldAv + "\", \"belopp\": " + belopp + ", \"anteckning\": \"Två månadshyror obetalda\"}";
    }

    @Test
    void oppetHusStartarEnligtSchematKringPensionsOchLonedagarna() {
        ZonedDateTime forfaller = ZonedDateTime.ofInstant(schemat().getDuedate().toInstant(), ZoneId.systemDefault());
        assertThat(forfaller.getDayOfMonth()).isEqualTo(25);
        assertThat(forfaller.getHour()).isEqualTo(13);

        ProcessInstance oppet = oppetHus();

        assertThat(oppet.getBusinessKey()).startsWith("Hyran först ");
        Task uppgift = Uppgifter.medFormular(oppet.getId());
        assertThat(uppgift).hasDefinitionKey("Task_RegistreraBesok").hasCandidateGroup("mottagningen");
        assertThat(Uppgifter.formular(uppgift)).isEqualTo("hyran-forst-besok");
        assertThat(schemat()).as("nästa månads tillfälle är schemalagt").isNotNull();
        complete(uppgift, withVariables("registrering", "STANG"));
        assertThat(oppet).isEnded().hasPassed("EndEvent_Stangt");
    }

    @Test
    void hyresskuldGerUppgiftOchInbjudanOchBesoketHamnarPaArendet() throws Exception {
        Arende arende = borIForsokslagenhet();
        String url = "/api/arenden/" + arende.getArendenummer() + "/hyresskuld";

        var svar = http.postJson(url, "handlaggare-administrationen", "demo", anmalan("HYRESVARD", 12400));

        assertThat(svar.statusCode()).isEqualTo(201);
        ProcessInstance forsokslagenhet = forsok.process(arende);
        Task skuld = forsok.uppgift(forsokslagenhet, "Task_HanteraHyresskuld");
        assertThat(skuld).hasCandidateGroup("vuxen");
        assertThat(Uppgifter.formular(skuld)).isEqualTo("forsokslagenhet-hyresskuld");
        assertThat(taskService.getVariable(skuld.getId(), "hyresskuldBelopp")).isEqualTo(12400);
        complete(skuld, withVariables("hyresskuldKontakt", idag(), "hyresskuldAtgard", "Avbetalningsplan med hyresvärden"));
        assertThat(forsokslagenhet).isWaitingAt("Timer_Granskning");

        ProcessInstance oppet = oppetHus();
        assertThat((String) runtimeService.getVariable(oppet.getId(), "inbjudna")).contains(arende.getKlient().namn());
        complete(Uppgifter.medFormular(oppet.getId()), withVariables("registrering", "BESOK",
                "besokArendenummer", arende.getArendenummer(), "hjalp", "BETALA_HYRAN", "besokAnteckning", "Betalade via bankomat"));
        assertThat(oppet).isWaitingAt("Task_RegistreraBesok");
        complete(Uppgifter.medFormular(oppet.getId()), withVariables("registrering", "STANG"));

        assertThat(oppet).isEnded();
        assertThat(besok.findByArendeIdOrderById(arende.getId())).extracting(HyranForstBesok::getHjalp)
                .containsExactly(Hyreshjalp.BETALA_HYRAN);
        JsonNode vy = json.readTree(http.get("/api/arenden/" + arende.getArendenummer() + "/forsokslagenhet",
                "handlaggare-vuxen", "demo").body());
        assertThat(vy.at("/forsokslagenheter/0/status").asText()).isEqualTo("BOR");
        assertThat(vy.at("/forsokslagenheter/0/hyresskulder/0/belopp").asInt()).isEqualTo(12400);
        assertThat(vy.at("/forsokslagenheter/0/hyresskulder/0/atgard").asText()).contains("Avbetalningsplan");
        assertThat(vy.at("/forsokslagenheter/0/lagenhetsinfo/0/narvarande").asBoolean()).isTrue();
        assertThat(vy.at("/hyranForstBesok/0/hjalp").asText()).isEqualTo("BETALA_HYRAN");
        assertThat(http.get("/api/arenden/" + arende.getArendenummer() + "/forsokslagenhet", "handlaggare-forsorjning", "demo")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void felaktigaAnmalningarAvvisasUtanAttNagotSparas() throws Exception {
        Arende bor = borIForsokslagenhet();
        Arende utanLagenhet = forlopp.pagaende("behovMissbruk", Map.of());
        String url = "/api/arenden/" + bor.getArendenummer() + "/hyresskuld";
        long fore = hyresskulder.count();

        var ingenLagenhet = http.postJson("/api/arenden/" + utanLagenhet.getArendenummer() + "/hyresskuld",
                "handlaggare-vuxen", "demo", anmalan("BOENDESTOD", 3000));
        assertThat(ingenLagenhet.statusCode()).isEqualTo(409);
        assertThat(json.readTree(ingenLagenhet.body()).get("detail").asText()).contains("bor inte i en försökslägenhet");
        assertThat(http.postJson(url, "handlaggare-vuxen", "demo", anmalan("GRANNEN", 3000)).statusCode()).isEqualTo(400);
        assertThat(http.postJson(url, "handlaggare-vuxen", "demo", anmalan("HYRESVARD", 0)).statusCode()).isEqualTo(400);
        assertThat(http.postJson(url, "handlaggare-forsorjning", "demo", anmalan("HYRESVARD", 3000)).statusCode()).isEqualTo(403);
        assertThat(http.postJson("/api/arenden/2026-99999/hyresskuld", "handlaggare-administrationen", "demo",
                anmalan("HYRESVARD", 3000)).statusCode()).isEqualTo(404);

        assertThat(hyresskulder.count()).isEqualTo(fore);
    }

    @Test
    void besokPaOkantArendeAvvisasOchUppgiftenFinnsKvar() {
        ProcessInstance oppet = oppetHus();
        Task uppgift = Uppgifter.medFormular(oppet.getId());

        assertThatThrownBy(() -> complete(uppgift, withVariables("registrering", "BESOK", "besokArendenummer", "2026-99999",
                "hjalp", "BUDGET_OCH_SKULDER")))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("inget ärende");
        assertThatThrownBy(() -> complete(uppgift, withVariables("registrering", "BESOK", "besokArendenummer", "2026-00001")))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("hjälp");

        assertThat(oppet).isWaitingAt("Task_RegistreraBesok");
        complete(uppgift, withVariables("registrering", "STANG"));
    }
}
