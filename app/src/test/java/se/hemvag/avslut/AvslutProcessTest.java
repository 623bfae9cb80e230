package se.hemvag.avslut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.Uppgifter;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.ArendeStatus;
import se.hemvag.arende.Arenden;
import se.hemvag.delat.OgiltigtFormularException;

/** AvslutProcess, and closure started by the responsible section through the app's API. */
@HemvagSpringTest
class AvslutProcessTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired Arendeforlopp forlopp;
    @Autowired Arenden arenden;
    @Autowired AvslutRepository avslut;
    @Autowired ObjectMapper json;
    @Autowired se.hemvag.ansokan.Ansokningsmottagning mottagning;

    private Http http;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        http = new Http(port);
    }

    /** A case of Vård- och omsorgssektionen with a granted intervention, between follow-ups. */
    private Arende pagaende() {
        Arende arende = forlopp.underUtredning("behovAldreSomatik");
        String idag = LocalDate.now().toString();
        complete(forlopp.uppgift(arende), withVariables("beslut", "BEVILJAT", "beslutsdatum", idag,
                "beslutMotivering", "Särskilt boende utreds"));
        complete(forlopp.uppgift(arende), withVariables("insatstyp", "STODBOENDE", "insatsStart", idag,
                "utforare", "Boende Norr", "kostnadPerDygn", 800L));
        return arende;
    }

    private ProcessInstance startaAvslut(Arende arende) {
        return runtimeService.startProcessInstanceByKey(AvslutProcessen.PROCESS_ID, arende.getArendenummer(),
                Map.of(ArendeProcessen.ARENDE_ID, arende.getId(), ArendeProcessen.ANSVARIG_SEKTION, "vard-och-omsorg"));
    }

    @Test
    void blankettenFyllsIAvAnsvarigSektionOchStangerArendet() {
        Arende arende = pagaende();
        ProcessInstance avslutning = startaAvslut(arende);

        Task blankett = Uppgifter.medFormular(avslutning.getId());
        assertThat(avslutning).isWaitingAt(AvslutProcessen.TASK_AVSLUTNINGSBLANKETT);
        assertThat(blankett).hasCandidateGroup("vard-och-omsorg");
        assertThat(Uppgifter.formular(blankett)).isEqualTo("avslut-avslutningsblankett");

        complete(blankett, withVariables("avslutsorsak", "MALEN_UPPNADDA", "boendeVidAvslut", "SARSKILT_BOENDE",
                "egenForsorjning", "EJ_AKTUELLT", "avslutsdatum", LocalDate.now().toString(),
                "avslutAnteckning", "Flyttat till särskilt boende"));

        assertThat(avslutning).isEnded().hasPassed("Task_RegistreraAvslut");
        Avslut sparat = avslut.findByArendeId(arende.getId()).orElseThrow();
        assertThat(sparat.getBoendeVidAvslut()).isEqualTo(BoendeVidAvslut.SARSKILT_BOENDE);
        assertThat(sparat.getEgenForsorjning()).isEqualTo(EgenForsorjning.EJ_AKTUELLT);
        assertThat(sparat.getAnteckning()).isEqualTo("Flyttat till särskilt boende");
        assertThat(arenden.hamta(arende.getArendenummer()).getStatus()).isEqualTo(ArendeStatus.AVSLUTAD);
    }

    @Test
    void avslutsdatumIFramtidenAvvisas() {
        Arende arende = pagaende();
        ProcessInstance avslutning = startaAvslut(arende);
        Task blankett = Uppgifter.medFormular(avslutning.getId());

        assertThatThrownBy(() -> complete(blankett, withVariables("avslutsorsak", "ANNAN", "boendeVidAvslut", "OKANT",
                "egenForsorjning", "NEJ", "avslutsdatum", LocalDate.now().plusDays(3).toString())))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("framtiden");

        assertThat(avslutning).isWaitingAt(AvslutProcessen.TASK_AVSLUTNINGSBLANKETT);
        assertThat(avslut.findByArendeId(arende.getId())).isEmpty();
    }

    @Test
    void klientSomHortsAvKanInteAvslutasForAttKlientenInteHortsAv() {
        Arende arende = pagaende();
        ProcessInstance avslutning = startaAvslut(arende);

        assertThatThrownBy(() -> complete(Uppgifter.medFormular(avslutning.getId()), withVariables(
                "avslutsorsak", "KONTAKT_UPPHORT", "boendeVidAvslut", "OKANT", "egenForsorjning", "NEJ",
                "avslutsdatum", LocalDate.now().toString())))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("Klienten har hörts av");

        assertThat(avslutning).isWaitingAt(AvslutProcessen.TASK_AVSLUTNINGSBLANKETT);
        assertThat(arenden.hamta(arende.getArendenummer()).getStatus()).isEqualTo(ArendeStatus.PAGAENDE);
    }

    @Test
    void ansvarigSektionBegarAvslutViaApietOchBlankettenDykerUppMedOrsaken() throws Exception {
        Arende arende = pagaende();

        HttpResponse<String> svar = http.postJson("/api/arenden/" + arende.getArendenummer() + "/avslut",
                "handlaggare-vard-och-omsorg", "demo", "{\"orsak\": \"MALEN_UPPNADDA\"}");

        assertThat(svar.statusCode()).isEqualTo(202);
        assertThat(forlopp.process(arende)).hasPassed("Event_AvslutBegart").isWaitingAt("CallActivity_Avslut");
        Task blankett = forlopp.uppgift(arende);
        assertThat(blankett).hasDefinitionKey(AvslutProcessen.TASK_AVSLUTNINGSBLANKETT).hasCandidateGroup("vard-och-omsorg");
        assertThat(processEngine.getTaskService().getVariable(blankett.getId(), "avslutsorsak")).isEqualTo("MALEN_UPPNADDA");
        // the contact watch and the follow-ups stopped with the rest of the case
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(forlopp.process(arende).getId())
                .count()).isZero();
    }

    @Test
    void enAndraBegaranOmAvslutArEnKonflikt() throws Exception {
        Arende arende = pagaende();
        http.postJson("/api/arenden/" + arende.getArendenummer() + "/avslut", "handlaggare-vard-och-omsorg", "demo",
                "{\"orsak\": \"MALEN_UPPNADDA\"}");

        HttpResponse<String> igen = http.postJson("/api/arenden/" + arende.getArendenummer() + "/avslut",
                "handlaggare-vard-och-omsorg", "demo", "{\"orsak\": \"ANNAN\"}");

        assertThat(igen.statusCode()).isEqualTo(409);
        assertThat(forlopp.uppgift(arende)).hasDefinitionKey(AvslutProcessen.TASK_AVSLUTNINGSBLANKETT);
    }

    @Test
    void begaranUtanOrsakAnnanSektionOchAnonymNekas() throws Exception {
        Arende pagaende = pagaende();

        HttpResponse<String> utanOrsak = http.postJson("/api/arenden/" + pagaende.getArendenummer() + "/avslut",
                "handlaggare-vard-och-omsorg", "demo", "{}");
        HttpResponse<String> okandOrsak = http.postJson("/api/arenden/" + pagaende.getArendenummer() + "/avslut",
                "handlaggare-vard-och-omsorg", "demo", "{\"orsak\": \"TROTT\"}");
        HttpResponse<String> annanSektion = http.postJson("/api/arenden/" + pagaende.getArendenummer() + "/avslut",
                "handlaggare-vuxen", "demo", "{\"orsak\": \"ANNAN\"}");
        HttpResponse<String> anonym = http.postJson("/api/arenden/" + pagaende.getArendenummer() + "/avslut",
                null, null, "{\"orsak\": \"ANNAN\"}");

        assertThat(utanOrsak.statusCode()).isEqualTo(400);
        assertThat(json.readTree(utanOrsak.body()).get("detail").asText()).contains("Ange orsak till avslut");
        assertThat(okandOrsak.statusCode()).isEqualTo(400);
        assertThat(annanSektion.statusCode()).isEqualTo(403);
        assertThat(anonym.statusCode()).isEqualTo(401);
        assertThat(forlopp.process(pagaende)).isWaitingAt("Timer_NastaUppfoljning");
    }

    @Test
    void ettArendeAvslutasFranVarjeSkede() throws Exception {
        Arende iTillhorighet = mottagning.registreraOchStarta(se.hemvag.Testklienter.ansokan(), "handlaggare-mottagningen");
        Arende underUtredning = forlopp.underUtredning("behovMissbruk");
        Arende beviljat = forlopp.underUtredning("behovMissbruk");
        complete(forlopp.uppgift(beviljat), withVariables("beslut", "BEVILJAT", "beslutsdatum", LocalDate.now().toString(),
                "beslutMotivering", "Stödboende"));
        assertThat(forlopp.uppgift(beviljat)).hasDefinitionKey(ArendeProcessen.TASK_REGISTRERA_INSATS);

        assertThat(http.postJson("/api/arenden/" + iTillhorighet.getArendenummer() + "/avslut", "handlaggare-mottagningen",
                "demo", "{\"orsak\": \"KLIENTEN_AVBOJER_STOD\"}").statusCode()).isEqualTo(202);
        assertThat(http.postJson("/api/arenden/" + underUtredning.getArendenummer() + "/avslut", "handlaggare-vuxen",
                "demo", "{\"orsak\": \"ANNAN\"}").statusCode()).isEqualTo(202);
        assertThat(http.postJson("/api/arenden/" + beviljat.getArendenummer() + "/avslut", "handlaggare-vuxen",
                "demo", "{\"orsak\": \"AVLIDEN\"}").statusCode()).isEqualTo(202);

        // the belonging investigation (a called process) ended with the rest; mottagningen fills in the form
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(iTillhorighet.getArendenummer())
                .processDefinitionKey("TillhorighetProcess").count()).isZero();
        Task blankett = forlopp.uppgift(iTillhorighet);
        assertThat(blankett).hasDefinitionKey(AvslutProcessen.TASK_AVSLUTNINGSBLANKETT).hasCandidateGroup("mottagningen");
        for (Arende arende : List.of(iTillhorighet, underUtredning, beviljat)) {
            Task uppgift = forlopp.uppgift(arende);
            assertThat(uppgift).hasDefinitionKey(AvslutProcessen.TASK_AVSLUTNINGSBLANKETT);
            complete(uppgift, withVariables("avslutsorsak", processEngine.getTaskService().getVariable(uppgift.getId(),
                            "avslutsorsak"), "boendeVidAvslut", "OKANT", "egenForsorjning", "EJ_AKTUELLT",
                    "avslutsdatum", LocalDate.now().toString()));
            assertThat(forlopp.process(arende)).isNull();
            assertThat(arenden.hamta(arende.getArendenummer()).getStatus()).isEqualTo(ArendeStatus.AVSLUTAD);
        }
    }

    @Test
    void enKlientSomInteHortsAvStrandarInteNarAvslutetNekas() throws Exception {
        Arende arende = pagaende();
        ProcessInstance process = forlopp.process(arende);
        var bevakning = processEngine.getManagementService().createJobQuery().processInstanceId(process.getId())
                .activityId("Timer_Kontaktbevakning").singleResult();
        ClockUtil.setCurrentTime(java.util.Date.from(bevakning.getDuedate().toInstant().plusSeconds(6 * 3600)));
        try {
            processEngine.getManagementService().executeJob(bevakning.getId());
            assertThat(process).isWaitingAt("CallActivity_Kontaktforsok");

            for (String orsak : List.of("KONTAKT_UPPHORT", "ANNAN", "MALEN_UPPNADDA")) {
                HttpResponse<String> nekad = http.postJson("/api/arenden/" + arende.getArendenummer() + "/avslut",
                        "handlaggare-vard-och-omsorg", "demo", "{\"orsak\": \"" + orsak + "\"}");
                assertThat(nekad.statusCode()).as(orsak).isEqualTo(409);
                assertThat(json.readTree(nekad.body()).get("detail").asText()).contains("inte hörts av sedan")
                        .contains("minst 3 kontaktförsök under minst 14 dagar");
            }
            // nothing was interrupted: the round of attempts goes on
            assertThat(process).isWaitingAt("CallActivity_Kontaktforsok");
            assertThat(forlopp.uppgift(arende)).hasDefinitionKey("Task_RegistreraKontaktforsok");

            // "Avslag" is no way around the attempts for a case that was granted
            HttpResponse<String> avslag = http.postJson("/api/arenden/" + arende.getArendenummer() + "/avslut",
                    "handlaggare-vard-och-omsorg", "demo", "{\"orsak\": \"AVSLAG\"}");
            assertThat(avslag.statusCode()).isEqualTo(400);
            assertThat(json.readTree(avslag.body()).get("detail").asText()).contains("avslagits");

            HttpResponse<String> avliden = http.postJson("/api/arenden/" + arende.getArendenummer() + "/avslut",
                    "handlaggare-vard-och-omsorg", "demo", "{\"orsak\": \"AVLIDEN\"}");
            assertThat(avliden.statusCode()).isEqualTo(202);
            Task blankett = forlopp.uppgift(arende);
            // the form cannot be turned into another reason that would need the attempts
            assertThatThrownBy(() -> complete(blankett, withVariables("avslutsorsak", "ANNAN", "boendeVidAvslut", "OKANT",
                    "egenForsorjning", "NEJ", "avslutsdatum", LocalDate.now().toString())))
                    .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("inte hörts av sedan");
            assertThatThrownBy(() -> complete(blankett, withVariables("avslutsorsak", "AVSLAG", "boendeVidAvslut", "OKANT",
                    "egenForsorjning", "NEJ", "avslutsdatum", LocalDate.now().toString())))
                    .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("avslagits");
            // the client gets in touch while the form waits: another reason is open again, nothing is stuck
            assertThat(http.postJson("/api/arenden/" + arende.getArendenummer() + "/kontakt", "handlaggare-vard-och-omsorg",
                    "demo", "{}").statusCode()).isEqualTo(200);
            complete(blankett, withVariables("avslutsorsak", "KLIENTEN_AVBOJER_STOD", "boendeVidAvslut", "OKANT",
                    "egenForsorjning", "EJ_AKTUELLT", "avslutsdatum", LocalDate.now().toString()));
            assertThat(arenden.hamta(arende.getArendenummer()).getStatus()).isEqualTo(ArendeStatus.AVSLUTAD);
        } finally {
            ClockUtil.reset();
        }
    }
}
