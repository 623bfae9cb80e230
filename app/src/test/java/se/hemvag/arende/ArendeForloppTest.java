package se.hemvag.arende;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
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
import se.hemvag.avslut.AvslutTabeller;
import se.hemvag.avslut.Avslutsorsak;
import se.hemvag.avslut.BoendeVidAvslut;
import se.hemvag.delat.OgiltigtFormularException;

/** ArendeProcess after the investigation: decision, interventions, follow-ups every third month, closure. */
@HemvagSpringTest
class ArendeForloppTest {

    @Autowired ProcessEngine processEngine;
    @Autowired ManagementService managementService;
    @Autowired Arendeforlopp forlopp;
    @Autowired Arenden arenden;
    @Autowired InsatsRepository insatser;
    @Autowired ArendeuppfoljningRepository uppfoljningar;
    @Autowired AvslutTabeller avslut;
    @Autowired ObjectMapper json;
    @LocalServerPort int port;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void aterstallKlockan() {
        ClockUtil.reset();
    }

    @Test
    void beviljadeInsatserFoljsUppVarTredjeManadTillsArendetAvslutas() throws Exception {
        Arende arende = forlopp.underUtredning("behovMissbruk");
        ProcessInstance process = forlopp.process(arende);

        Task beslut = forlopp.uppgift(arende);
        assertThat(beslut).hasDefinitionKey(ArendeProcessen.TASK_BESLUTA_INSATSER).hasCandidateGroup("vuxen");
        assertThat(Uppgifter.formular(beslut)).isEqualTo("arende-beslut-om-insatser");
        complete(beslut, withVariables("beslut", "BEVILJAT", "beslutsdatum", idag(),
                "beslutMotivering", "Behov av stödboende och behandling"));

        Task insats = forlopp.uppgift(arende);
        assertThat(insats).hasDefinitionKey(ArendeProcessen.TASK_REGISTRERA_INSATS).hasCandidateGroup("vuxen");
        assertThat(Uppgifter.formular(insats)).isEqualTo("arende-registrera-insats");
        complete(insats, withVariables("insatstyp", "STODBOENDE", "insatsStart", idag(), "utforare", "Boende Söder",
                "kostnadPerDygn", 800L, "flerInsatser", true));
        Task andra = forlopp.uppgift(arende);
        assertThat(andra).hasDefinitionKey(ArendeProcessen.TASK_REGISTRERA_INSATS);
        assertThat(processEngine.getRuntimeService().getVariables(process.getId())).doesNotContainKeys("utforare", "insatstyp");
        complete(andra, withVariables("insatstyp", "BEHANDLING", "insatsStart", idag(), "insatsSlut", om(90),
                "utforare", "Behandlingshemmet", "kostnadPerDygn", 1200L));

        assertThat(process).isWaitingAt(ArendeProcessen.TIMER_NASTA_UPPFOLJNING);
        assertThat(arenden.hamta(arende.getArendenummer()).getStatus()).isEqualTo(ArendeStatus.PAGAENDE);
        assertThat(insatser.findByArendeIdOrderByStartdatum(arende.getId()))
                .extracting(Insats::getTyp, Insats::getKostnadPerDygn, Insats::getSektion)
                .containsExactly(tuple(Insatstyp.STODBOENDE, 800, "vuxen"),
                        tuple(Insatstyp.BEHANDLING, 1200, "vuxen"));

        flyttaTidenTillNastaUppfoljning(process);
        Task uppfoljning = forlopp.uppgift(arende);
        assertThat(uppfoljning).hasDefinitionKey(ArendeProcessen.TASK_UPPFOLJNING).hasCandidateGroup("vuxen");
        assertThat(Uppgifter.formular(uppfoljning)).isEqualTo("arende-uppfoljning");
        assertThatThrownBy(() -> complete(uppfoljning, withVariables("uppfoljningsdatum", idag(), "sammanfattning",
                "Stabilt på boendet", "uppfoljningUtfall", "FORTSATT")))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("jobbtorg");
        assertThatThrownBy(() -> complete(uppfoljning, withVariables("uppfoljningsdatum", "+999999999-12-31", "sammanfattning",
                "Stabilt på boendet", "jobbtorg", "AKTUELL", "uppfoljningUtfall", "FORTSATT")))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("ska ligga mellan år 1900 och 2200");
        complete(uppfoljning, withVariables("uppfoljningsdatum", idag(), "sammanfattning", "Stabilt på boendet",
                "jobbtorg", "AKTUELL", "uppfoljningUtfall", "FORTSATT"));
        assertThat(uppfoljningar.findByArendeIdOrderByUppfoljningsdatum(arende.getId()))
                .extracting(Arendeuppfoljning::getJobbtorg).containsExactly(Jobbtorg.AKTUELL);
        assertThat(process).isWaitingAt(ArendeProcessen.TIMER_NASTA_UPPFOLJNING);

        flyttaTidenTillNastaUppfoljning(process);
        complete(forlopp.uppgift(arende), withVariables("uppfoljningsdatum", idag(),
                "sammanfattning", "Har fått förstahandskontrakt", "jobbtorg", "INTE_AKTUELL", "uppfoljningUtfall", "AVSLUTA"));

        Task blankett = forlopp.uppgift(arende);
        assertThat(blankett).hasDefinitionKey("Task_Avslutningsblankett").hasCandidateGroup("vuxen");
        assertThat(Uppgifter.formular(blankett)).isEqualTo("avslut-avslutningsblankett");
        complete(blankett, withVariables("avslutsorsak", "MALEN_UPPNADDA", "boendeVidAvslut", "FORSTAHANDSKONTRAKT",
                "egenForsorjning", "EJ_AKTUELLT", "avslutsdatum", idag()));

        assertThat(process).isEnded().hasPassed("EndEvent_AvslutBeslutat", "CallActivity_Avslut", "EndEvent_Avslutat");
        assertThat(uppfoljningar.findByArendeIdOrderByUppfoljningsdatum(arende.getId()))
                .extracting(Arendeuppfoljning::isFortsatt).containsExactly(true, false);
        Arende avslutat = arenden.hamta(arende.getArendenummer());
        assertThat(avslutat.getStatus()).isEqualTo(ArendeStatus.AVSLUTAD);
        assertThat(avslut.avslut(arende.getId()).orElseThrow().getBoendeVidAvslut())
                .isEqualTo(BoendeVidAvslut.FORSTAHANDSKONTRAKT);

        // what the section sees through the API afterwards
        Http http = new Http(port);
        JsonNode vy = json.readTree(http.get("/api/arenden/" + arende.getArendenummer(), "handlaggare-vuxen", "demo").body());
        assertThat(vy.at("/arende/status").asText()).isEqualTo("AVSLUTAD");
        assertThat(vy.get("insatser")).hasSize(2);
        assertThat(vy.at("/insatser/0/kostnadPerDygn").asInt()).isEqualTo(800);
        assertThat(vy.get("uppfoljningar")).hasSize(2);
        JsonNode stangt = json.readTree(http.get("/api/arenden/" + arende.getArendenummer() + "/avslut",
                "handlaggare-vuxen", "demo").body());
        assertThat(stangt.at("/avslutningsblankett/boendeVidAvslut").asText()).isEqualTo("FORSTAHANDSKONTRAKT");
        assertThat(stangt.get("kontaktforsok")).isEmpty();
        assertThat(http.get("/api/arenden/" + arende.getArendenummer() + "/avslut", "handlaggare-forsorjning", "demo")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void avslagGarDirektTillAvslutningsblankettenMedOrsakenIfylld() {
        Arende arende = forlopp.underUtredning("behovEkonomi");
        complete(forlopp.uppgift(arende), withVariables("beslut", "AVSLAG", "beslutsdatum", idag(),
                "beslutMotivering", "Klienten har egen bostad"));

        Task blankett = forlopp.uppgift(arende);
        assertThat(blankett).hasDefinitionKey("Task_Avslutningsblankett").hasCandidateGroup("forsorjning");
        assertThat(processEngine.getTaskService().getVariable(blankett.getId(), "avslutsorsak")).isEqualTo("AVSLAG");
        assertThat(arenden.hamta(arende.getArendenummer()).getStatus()).isEqualTo(ArendeStatus.AVSLAG);
        complete(blankett, withVariables("avslutsorsak", "AVSLAG", "boendeVidAvslut", "INNEBOENDE",
                "egenForsorjning", "JA", "avslutsdatum", idag()));

        assertThat(forlopp.process(arende)).isNull();
        assertThat(avslut.avslut(arende.getId()).orElseThrow().getOrsak()).isEqualTo(Avslutsorsak.AVSLAG);
        assertThat(insatser.findByArendeIdOrderByStartdatum(arende.getId())).isEmpty();
    }

    @Test
    void insatsSomSlutarInnanDenBorjarAvvisasOchUppgiftenLiggerKvar() {
        Arende arende = forlopp.underUtredning("behovPsykiskOhalsa");
        complete(forlopp.uppgift(arende), withVariables("beslut", "BEVILJAT", "beslutsdatum", idag(),
                "beslutMotivering", "Stöd i boendet"));
        Task insats = forlopp.uppgift(arende);

        assertThatThrownBy(() -> complete(insats, withVariables("insatstyp", "BOENDESTOD", "insatsStart", om(10),
                "insatsSlut", idag(), "utforare", "Boendestöd AB", "kostnadPerDygn", 300L)))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("före startdatumet");

        assertThat(forlopp.uppgift(arende).getId()).isEqualTo(insats.getId());
        assertThat(insatser.findByArendeIdOrderByStartdatum(arende.getId())).isEmpty();
    }

    @Test
    void avslutsdatumForeAnsokanAvvisasOchBlankettenLiggerKvar() {
        Arende arende = forlopp.underUtredning("behovEkonomi");
        complete(forlopp.uppgift(arende), withVariables("beslut", "AVSLAG", "beslutsdatum", idag(),
                "beslutMotivering", "Inget behov"));
        Task blankett = forlopp.uppgift(arende);

        assertThatThrownBy(() -> complete(blankett, withVariables("avslutsorsak", "AVSLAG", "boendeVidAvslut", "OKANT",
                "egenForsorjning", "NEJ", "avslutsdatum", "2020-01-01")))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("före ansökningsdatumet");

        assertThat(forlopp.uppgift(arende).getId()).isEqualTo(blankett.getId());
        assertThat(avslut.avslut(arende.getId())).isEmpty();
        assertThat(arenden.hamta(arende.getArendenummer()).getStatus()).isEqualTo(ArendeStatus.AVSLAG);
    }

    /** Today by the engine's clock, which the follow-up tests move forward. */
    private static String idag() {
        return om(0);
    }

    private static String om(int dagar) {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()).plusDays(dagar).toString();
    }

    private void flyttaTidenTillNastaUppfoljning(ProcessInstance process) {
        Job timer = managementService.createJobQuery().processInstanceId(process.getId())
                .activityId(ArendeProcessen.TIMER_NASTA_UPPFOLJNING).singleResult();
        ZonedDateTime nu = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
        assertThat(Duration.between(nu.plusMonths(3).toInstant(), timer.getDuedate().toInstant()).abs())
                .as("nästa uppföljning om tre månader").isLessThan(Duration.ofMinutes(1));
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
        managementService.executeJob(timer.getId());
    }
}
