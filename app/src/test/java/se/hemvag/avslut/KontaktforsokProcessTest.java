package se.hemvag.avslut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
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
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.Arenden;
import se.hemvag.arende.OgiltigtFormularException;

/** The contact watch in ArendeProcess and KontaktforsokProcess: documented attempts before closing. */
@HemvagSpringTest
class KontaktforsokProcessTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired Arendeforlopp forlopp;
    @Autowired Arenden arenden;
    @Autowired KontaktforsokRepository kontaktforsok;
    @Autowired ObjectMapper json;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        // the attempts are registered at 10:15 today, which must not be later than now, whenever the test runs
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        ClockUtil.setCurrentTime(Date.from(LocalDate.now(stockholm).atTime(12, 0).atZone(stockholm).toInstant()));
    }

    @AfterEach
    void aterstallKlockan() {
        ClockUtil.reset();
    }

    private Arende pagaende(String insatstyp) {
        Arende arende = forlopp.underUtredning("behovMissbruk");
        String idag = idag(0);
        complete(forlopp.uppgift(arende), withVariables("beslut", "BEVILJAT", "beslutsdatum", idag,
                "beslutMotivering", "Stödboende"));
        complete(forlopp.uppgift(arende), withVariables("insatstyp", insatstyp, "insatsStart", idag,
                "utforare", "Boende Väst", "kostnadPerDygn", 800L));
        return arende;
    }

    private ProcessInstance sokKlienten(Arende arende) {
        return runtimeService.startProcessInstanceByKey("KontaktforsokProcess", arende.getArendenummer(), Map.of(
                ArendeProcessen.ARENDE_ID, arende.getId(), ArendeProcessen.ANSVARIG_SEKTION, "vuxen"));
    }

    private static VariableMap forsok(String datum, String resultat, String nastaSteg) {
        VariableMap forsok = Variables.fromMap(withVariables("kontaktforsokDatum", datum, "kontaktforsokTid", "10:15",
                "kontaktkanal", "TELEFON", "kontaktresultat", resultat));
        if (nastaSteg != null) {
            forsok.putValue("nastaSteg", nastaSteg);
        }
        return forsok;
    }

    @Test
    void klientSomNasFortsatterArendetOchRaknasSomKontakt() {
        Arende arende = pagaende("STODBOENDE");
        ProcessInstance sok = sokKlienten(arende);

        Task uppgift = Uppgifter.medFormular(sok.getId());
        assertThat(uppgift).hasDefinitionKey("Task_RegistreraKontaktforsok").hasCandidateGroup("vuxen");
        assertThat(Uppgifter.formular(uppgift)).isEqualTo("avslut-kontaktforsok");
        complete(uppgift, forsok(idag(0), "KLIENTEN_NADD", null));

        assertThat(sok).isEnded().hasPassed("EndEvent_KontaktAterupptagen");
        assertThat(kontaktforsok.findByArendeIdOrderByTidpunkt(arende.getId())).hasSize(1);
        assertThat(arenden.hamta(arende.getArendenummer()).getSenastKontakt()).isEqualTo(LocalDate.parse(idag(0)));
    }

    @Test
    void ettNyttForsokKommerEfterNagraDagar() {
        Arende arende = pagaende("STODBOENDE");
        ProcessInstance sok = sokKlienten(arende);
        complete(Uppgifter.medFormular(sok.getId()), forsok(idag(0), "INGET_SVAR", "FORSOK_IGEN"));

        assertThat(sok).isWaitingAt("Timer_NastaForsok");
        Job timer = managementService.createJobQuery().processInstanceId(sok.getId()).singleResult();
        assertThat(timer.getDuedate()).isAfter(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(3 * 86400 - 60)));
        managementService.executeJob(timer.getId());

        assertThat(sok).isWaitingAt("Task_RegistreraKontaktforsok");
    }

    @Test
    void avslutKravarTreForsokUnderTvaVeckor() {
        Arende arende = pagaende("STODBOENDE");
        ProcessInstance sok = sokKlienten(arende);

        assertThatThrownBy(() -> complete(Uppgifter.medFormular(sok.getId()), forsok(idag(-15), "INGET_SVAR", "AVSLUTA")))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("Hittills: 1 försök under 0 dagar");
        assertThat(sok).isWaitingAt("Task_RegistreraKontaktforsok");
        assertThat(kontaktforsok.findByArendeIdOrderByTidpunkt(arende.getId())).isEmpty();

        complete(Uppgifter.medFormular(sok.getId()), forsok(idag(-15), "INGET_SVAR", "FORSOK_IGEN"));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(sok.getId()).singleResult().getId());
        complete(Uppgifter.medFormular(sok.getId()), forsok(idag(-8), "MEDDELANDE_LAMNAT", "FORSOK_IGEN"));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(sok.getId()).singleResult().getId());
        complete(Uppgifter.medFormular(sok.getId()), forsok(idag(-1), "INGET_SVAR", "AVSLUTA"));

        assertThat(sok).isEnded().hasPassed("EndEvent_AvslutUtanKontakt").variables()
                .containsEntry(ArendeProcessen.AVSLUTSORSAK, "KONTAKT_UPPHORT");
        assertThat(kontaktforsok.findByArendeIdOrderByTidpunkt(arende.getId())).hasSize(3);
    }

    @Test
    void kontaktbevakningenStartarForsokEfterFyraVeckorUtanKontaktOchSlutarNarKlientenHorAvSig() throws Exception {
        Arende arende = pagaende("STODBOENDE");
        ProcessInstance process = forlopp.process(arende);
        Job bevakning = bevakning(process);
        assertThat(LocalDate.ofInstant(bevakning.getDuedate().toInstant(), ZoneId.of("Europe/Stockholm")))
                .isEqualTo(arenden.hamta(arende.getArendenummer()).getSenastKontakt().plusWeeks(4));

        ClockUtil.setCurrentTime(Date.from(bevakning.getDuedate().toInstant().plusSeconds(3600)));
        managementService.executeJob(bevakning.getId());

        assertThat(process).isWaitingAt("CallActivity_Kontaktforsok");
        assertThat(forlopp.uppgift(arende)).hasDefinitionKey("Task_RegistreraKontaktforsok").hasCandidateGroup("vuxen");

        HttpResponse<String> svar = new Http(port).postJson("/api/arenden/" + arende.getArendenummer() + "/kontakt",
                "handlaggare-mottagningen", "demo", "{}");

        assertThat(svar.statusCode()).isEqualTo(200);
        assertThat(json.readTree(svar.body()).get("senastKontakt").asText()).isEqualTo(idag(0));
        assertThat(process).hasPassed("Event_KlientenHordeAvSig").isWaitingAt("Timer_Kontaktbevakning");
        assertThat(bevakning(process).getDuedate()).isAfter(bevakning.getDuedate());
    }

    @Test
    void efterTillrackligaForsokAvslutasArendetMedOrsakenKontaktUpphort() {
        Arende arende = pagaende("STODBOENDE");
        ProcessInstance process = forlopp.process(arende);
        Job bevakning = utlosBevakningen(process);
        ProcessInstance sok = runtimeService.createProcessInstanceQuery().superProcessInstanceId(process.getId())
                .processDefinitionKey("KontaktforsokProcess").singleResult();
        for (int dagarSedan : new int[] {16, 9}) {
            complete(Uppgifter.medFormular(sok.getId()), forsok(idag(-dagarSedan), "INGET_SVAR", "FORSOK_IGEN"));
            managementService.executeJob(managementService.createJobQuery().processInstanceId(sok.getId()).singleResult().getId());
        }
        complete(Uppgifter.medFormular(sok.getId()), forsok(idag(0), "INGET_SVAR", "AVSLUTA"));

        assertThat(process).hasPassed("EndEvent_AvslutUtanKontakt").isWaitingAt("CallActivity_Avslut");
        Task blankett = forlopp.uppgift(arende);
        assertThat(blankett).hasDefinitionKey(AvslutProcessen.TASK_AVSLUTNINGSBLANKETT);
        assertThat(processEngine.getTaskService().getVariable(blankett.getId(), "avslutsorsak")).isEqualTo("KONTAKT_UPPHORT");
        complete(blankett, withVariables("avslutsorsak", "KONTAKT_UPPHORT", "boendeVidAvslut", "OKANT",
                "egenForsorjning", "EJ_AKTUELLT", "avslutsdatum", idag(0)));

        assertThat(process).isEnded();
        assertThat(managementService.createJobQuery().processInstanceId(process.getId()).count()).isZero();
    }

    @Test
    void klientSomNasUnderBevakningenGerNyBevakning() {
        Arende arende = pagaende("STODBOENDE");
        ProcessInstance process = forlopp.process(arende);
        Job bevakning = utlosBevakningen(process);

        complete(forlopp.uppgift(arende), forsok(idag(0), "KLIENTEN_NADD", null));

        assertThat(process).hasPassed("Gateway_KontaktUtfall").isWaitingAt("Timer_Kontaktbevakning");
        assertThat(LocalDate.ofInstant(bevakning(process).getDuedate().toInstant(), ZoneId.of("Europe/Stockholm")))
                .isEqualTo(LocalDate.parse(idag(0)).plusWeeks(4));
    }

    @Test
    void klientMedEkonomisktBistandFarEnManadTill() {
        Arende arende = pagaende("EKONOMISKT_BISTAND");

        Job bevakning = bevakning(forlopp.process(arende));

        assertThat(LocalDate.ofInstant(bevakning.getDuedate().toInstant(), ZoneId.of("Europe/Stockholm")))
                .isEqualTo(arenden.hamta(arende.getArendenummer()).getSenastKontakt().plusWeeks(4).plusMonths(1));
    }

    @Test
    void klientSomHortsAvSedanBevakningenSattesVantarVidare() {
        Arende arende = pagaende("STODBOENDE");
        ProcessInstance process = forlopp.process(arende);
        Job bevakning = bevakning(process);
        ClockUtil.setCurrentTime(Date.from(bevakning.getDuedate().toInstant().minusSeconds(7 * 86400)));
        arenden.kontaktMedKlienten(arende.getId());
        ClockUtil.setCurrentTime(Date.from(bevakning.getDuedate().toInstant().plusSeconds(3600)));

        managementService.executeJob(bevakning.getId());

        assertThat(process).hasPassed("Gateway_BehoverKontaktforsok").isWaitingAt("Timer_Kontaktbevakning")
                .hasNotPassed("CallActivity_Kontaktforsok");
        assertThat(forlopp.uppgift(arende)).isNull();
        assertThat(bevakning(process).getDuedate()).isAfter(bevakning.getDuedate());
    }

    /** Moves time to noon of the day the contact watch is due, and lets it fire. */
    private Job utlosBevakningen(ProcessInstance process) {
        Job bevakning = bevakning(process);
        ClockUtil.setCurrentTime(Date.from(bevakning.getDuedate().toInstant().plusSeconds(12 * 3600)));
        managementService.executeJob(bevakning.getId());
        return bevakning;
    }

    private Job bevakning(ProcessInstance process) {
        return managementService.createJobQuery().processInstanceId(process.getId())
                .activityId("Timer_Kontaktbevakning").singleResult();
    }

    private static String idag(int dagar) {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Europe/Stockholm"))
                .plusDays(dagar).toString();
    }
}
