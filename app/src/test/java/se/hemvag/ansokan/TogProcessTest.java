package se.hemvag.ansokan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.Uppgifter;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.klient.Identitetsnummer;
import se.hemvag.klient.KlientTabeller;
import se.hemvag.klient.Kon;

/** The evening route: tak över huvudet, assessed by mottagningen with the rule's suggestion. */
@HemvagSpringTest
class TogProcessTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TogBedomningRepository bedomningar;
    @Autowired KlientTabeller klienter;
    @Autowired se.hemvag.Arendeforlopp forlopp;
    @Autowired com.fasterxml.jackson.databind.ObjectMapper json;

    private static int lopnummer = 40;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
    }

    private static Map<String, Object> anmalan(int alder, String hemlos, String malgrupp, String stockholm) {
        Map<String, Object> anmalan = new HashMap<>();
        anmalan.put("identitetsnummer", Identitetsnummer.syntetiskt(LocalDate.now().minusYears(alder).minusDays(lopnummer),
                lopnummer++, Kon.MAN));
        anmalan.put("fornamn", "Natt");
        anmalan.put("efternamn", "Sökande");
        anmalan.put("hemlos", hemlos);
        anmalan.put("missbrukEllerPsykiskOhalsa", malgrupp);
        anmalan.put("tillhorStockholm", stockholm);
        return anmalan;
    }

    @Test
    void personSomUppfyllerGarantinFarNattlogi() {
        ProcessInstance tog = runtimeService.startProcessInstanceByKey("TogProcess", anmalan(45, "ja", "ja", "ja"));

        Task beslut = Uppgifter.medFormular(tog.getId());
        assertThat(tog).hasPassed("Task_RegistreraTogPerson", "Task_ProvaTakOverHuvudet").isWaitingAt("Task_BeslutaNattlogi");
        assertThat(beslut).hasCandidateGroup("mottagningen");
        assertThat(Uppgifter.formular(beslut)).isEqualTo("tog-beslut");
        assertThat(tog.getBusinessKey()).startsWith("TOG-");
        assertThat(runtimeService.getVariables(tog.getId())).containsEntry("togForslag",
                "Bevilja: villkoren för tak över huvudet är uppfyllda").doesNotContainKeys("identitetsnummer", "fornamn");

        complete(beslut, withVariables("togBeslut", "BEVILJAT", "nattlogi", "Härbärget Kvällsljuset",
                "togMotivering", "Uppfyller villkoren"));

        assertThat(tog).isEnded().hasPassed("EndEvent_TogBeslutat");
        Long klientId = (Long) processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(tog.getId()).variableName("klientId").singleResult().getValue();
        TogBedomning bedomning = bedomningar.findByKlientIdOrderByBedomd(klientId).get(0);
        assertThat(bedomning.getBeslut()).isEqualTo("BEVILJAT");
        assertThat(bedomning.getNattlogi()).isEqualTo("Härbärget Kvällsljuset");
        assertThat(bedomning.isTillhorStockholm()).isTrue();
    }

    @Test
    void enKvallsbedomningHorTillKlientensOppnaArendeOchSynsIDessHistorik() throws Exception {
        se.hemvag.arende.Arende arende = forlopp.underUtredning("behovMissbruk");
        Map<String, Object> anmalan = anmalan(45, "ja", "ja", "ja");
        anmalan.put("identitetsnummer", arende.getKlient().getIdentitetsnummer());
        ProcessInstance tog = runtimeService.startProcessInstanceByKey("TogProcess", anmalan);

        complete(Uppgifter.medFormular(tog.getId()), withVariables("togBeslut", "BEVILJAT", "nattlogi", "Härbärget",
                "togMotivering", "Uppfyller villkoren"));

        TogBedomning bedomning = bedomningar.findByKlientIdOrderByBedomd(arende.getKlient().getId()).get(0);
        assertThat(bedomning.getArendeId()).isEqualTo(arende.getId());
        se.hemvag.Http http = new se.hemvag.Http(port);
        var svar = http.get("/api/arenden/" + arende.getArendenummer() + "/kvallsbedomningar", "handlaggare-vuxen", "demo");
        assertThat(svar.statusCode()).isEqualTo(200);
        var lista = json.readTree(svar.body());
        assertThat(lista).hasSize(1);
        assertThat(lista.get(0).get("beslut").asText()).isEqualTo("BEVILJAT");
        assertThat(lista.get(0).get("underArendet").asBoolean()).isTrue();
        assertThat(http.get("/api/arenden/" + arende.getArendenummer() + "/kvallsbedomningar", "handlaggare-forsorjning",
                "demo").statusCode()).isEqualTo(403);
    }

    @Test
    void underTjugoFarForslagetAvslagOchSocialsekreterarenBeslutar() {
        ProcessInstance tog = runtimeService.startProcessInstanceByKey("TogProcess", anmalan(19, "ja", "ja", "ja"));

        assertThat(runtimeService.getVariable(tog.getId(), "togForslag")).asString().startsWith("Avslå").contains("20 år");
        complete(Uppgifter.medFormular(tog.getId()), withVariables("togBeslut", "AVSLAG",
                "togMotivering", "Hänvisad till socialjouren"));

        assertThat(tog).isEnded();
    }

    @Test
    void beviljadNattlogiUtanPlatsAvvisas() {
        ProcessInstance tog = runtimeService.startProcessInstanceByKey("TogProcess", anmalan(50, "ja", "nej", "ja"));
        Task beslut = Uppgifter.medFormular(tog.getId());

        assertThatThrownBy(() -> complete(beslut, withVariables("togBeslut", "BEVILJAT", "togMotivering", "Trots allt")))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("Nattlogi");

        assertThat(tog).isWaitingAt("Task_BeslutaNattlogi");
    }

    @Test
    void mottagningenStartarBedomningenMenInteAndraSektioner() {
        String formular = """
                {"variables": {"fodelsedatum": {"value": "1970-01-01"}, "kon": {"value": "KVINNA"},
                 "fornamn": {"value": "Kväll"}, "efternamn": {"value": "Besök"}, "hemlos": {"value": "ja"},
                 "missbrukEllerPsykiskOhalsa": {"value": "ja"}, "tillhorStockholm": {"value": "ja"}}}
                """;
        Http http = new Http(port);
        long fore = klienter.antal();

        assertThat(http.postJson("/engine-rest/process-definition/key/TogProcess/submit-form", "handlaggare-vuxen",
                "demo", formular).statusCode()).isEqualTo(403);
        assertThat(klienter.antal()).isEqualTo(fore);
        assertThat(http.postJson("/engine-rest/process-definition/key/TogProcess/submit-form",
                "handlaggare-mottagningen", "demo", formular).statusCode()).isEqualTo(200);
        assertThat(klienter.antal()).isEqualTo(fore + 1);
    }
}
