package se.hemvag.avslut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.Uppgifter;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.ArendeStatus;
import se.hemvag.arende.Arenden;
import se.hemvag.arende.OgiltigtFormularException;

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
    void avslutForAttKlientenInteHortsAvKraverDokumenteradeKontaktforsok() {
        Arende arende = pagaende();
        ProcessInstance avslutning = startaAvslut(arende);

        assertThatThrownBy(() -> complete(Uppgifter.medFormular(avslutning.getId()), withVariables(
                "avslutsorsak", "KONTAKT_UPPHORT", "boendeVidAvslut", "OKANT", "egenForsorjning", "NEJ",
                "avslutsdatum", LocalDate.now().toString())))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("Hittills: 0 försök");

        assertThat(avslutning).isWaitingAt(AvslutProcessen.TASK_AVSLUTNINGSBLANKETT);
        assertThat(arenden.hamta(arende.getArendenummer()).getStatus()).isEqualTo(ArendeStatus.PAGAENDE);
    }

    @Test
    void ansvarigSektionBegarAvslutViaApietOchBlankettenDykerUpp() throws Exception {
        Arende arende = pagaende();

        HttpResponse<String> svar = http.postJson("/api/arenden/" + arende.getArendenummer() + "/avslut",
                "handlaggare-vard-och-omsorg", "demo", "{}");

        assertThat(svar.statusCode()).isEqualTo(202);
        assertThat(forlopp.process(arende)).hasPassed("Event_AvslutBegart").isWaitingAt("CallActivity_Avslut");
        assertThat(forlopp.uppgift(arende)).hasDefinitionKey(AvslutProcessen.TASK_AVSLUTNINGSBLANKETT)
                .hasCandidateGroup("vard-och-omsorg");
    }

    @Test
    void annanSektionFarInteBegaraAvslutOchEttArendeUnderUtredningKanInteAvslutasHar() throws Exception {
        Arende pagaende = pagaende();
        Arende underUtredning = forlopp.underUtredning("behovMissbruk");

        HttpResponse<String> annanSektion = http.postJson("/api/arenden/" + pagaende.getArendenummer() + "/avslut",
                "handlaggare-vuxen", "demo", "{}");
        HttpResponse<String> forTidigt = http.postJson("/api/arenden/" + underUtredning.getArendenummer() + "/avslut",
                "handlaggare-vuxen", "demo", "{}");
        HttpResponse<String> anonym = http.postJson("/api/arenden/" + pagaende.getArendenummer() + "/avslut",
                null, null, "{}");

        assertThat(annanSektion.statusCode()).isEqualTo(403);
        assertThat(forTidigt.statusCode()).isEqualTo(409);
        assertThat(json.readTree(forTidigt.body()).get("detail").asText()).contains("kan inte avslutas nu");
        assertThat(anonym.statusCode()).isEqualTo(401);
        assertThat(forlopp.process(pagaende)).isWaitingAt("Timer_NastaUppfoljning");
        assertThat(forlopp.process(underUtredning)).isWaitingAt("Task_BeslutaInsatser");
    }
}
