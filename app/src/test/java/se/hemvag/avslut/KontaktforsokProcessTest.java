package se.hemvag.avslut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
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
import se.hemvag.delat.OgiltigtFormularException;

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
    @Autowired se.hemvag.ansokan.Ansokningsmottagning mottagning;

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        klockan(0, "08:00");
    }

    @AfterEach
    void aterstallKlockan() {
        ClockUtil.reset();
    }

    /** Sets the engine's and the app's clock to a time of a day counted from the day the test began. */
    private static void klockan(int dagar, String tid) {
        LocalDate dag = idagVidStart == null ? LocalDate.now(STOCKHOLM) : idagVidStart;
        idagVidStart = dag;
        ClockUtil.setCurrentTime(Date.from(dag.plusDays(dagar).atTime(LocalTime.parse(tid)).atZone(STOCKHOLM).toInstant()));
    }

    private static LocalDate idagVidStart;

    @AfterEach
    void glomStartdagen() {
        idagVidStart = null;
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

    /** Starts a round of contact attempts at the clock's time, then moves the clock to noon. */
    private ProcessInstance sokKlienten(Arende arende) {
        ProcessInstance sok = runtimeService.startProcessInstanceByKey(KontaktforsokProcessen.PROCESS_ID,
                arende.getArendenummer(), Map.of(ArendeProcessen.ARENDE_ID, arende.getId(),
                        ArendeProcessen.ANSVARIG_SEKTION, "vuxen"));
        klockan(0, "12:00");
        return sok;
    }

    private static VariableMap forsok(String datum, String resultat, String nastaSteg) {
        return forsok(datum, "TELEFON", resultat, nastaSteg);
    }

    private static VariableMap forsok(String datum, String kanal, String resultat, String nastaSteg) {
        VariableMap forsok = Variables.fromMap(withVariables("kontaktforsokDatum", datum, "kontaktforsokTid", "10:15",
                "kontaktkanal", kanal, "kontaktresultat", resultat));
        if (nastaSteg != null) {
            forsok.putValue("nastaSteg", nastaSteg);
        }
        return forsok;
    }

    /** Lets the timer before the next attempt fire. */
    private void nastaForsok(ProcessInstance sok) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(sok.getId()).singleResult().getId());
    }

    @Test
    void klientSomNasFortsatterArendetOchRaknasSomKontakt() {
        Arende arende = pagaende("STODBOENDE");
        ProcessInstance sok = sokKlienten(arende);

        Task uppgift = Uppgifter.medFormular(sok.getId());
        assertThat(uppgift).hasDefinitionKey(KontaktforsokProcessen.TASK_REGISTRERA_KONTAKTFORSOK).hasCandidateGroup("vuxen");
        assertThat(Uppgifter.formular(uppgift)).isEqualTo("avslut-kontaktforsok");
        complete(uppgift, forsok(idag(0), "KLIENTEN_NADD", null));

        assertThat(sok).isEnded().hasPassed("EndEvent_KontaktAterupptagen");
        assertThat(kontaktforsok.findByArendeIdOrderByTidpunkt(arende.getId())).hasSize(1);
        assertThat(arenden.hamta(arende.getArendenummer()).getSenastKontakt()).isEqualTo(LocalDate.parse(idag(0)));
    }

    @Test
    void formularetVisarEnhetensRegelSomBeslutstabellenSagerDen() {
        ProcessInstance sok = sokKlienten(pagaende("STODBOENDE"));

        assertThat(processEngine.getTaskService().getVariable(Uppgifter.medFormular(sok.getId()).getId(),
                KontaktforsokProcessen.KONTAKTREGEL)).isEqualTo("minst 3 kontaktförsök under minst 14 dagar, minst 1 per telefon");
    }

    @Test
    void enSokningSomPagickForeKontaktrundornaFarEnRundaFranSinStart() {
        Arende arende = pagaende("STODBOENDE");
        // as an instance started before the round step existed: at the attempt task, without a round
        ProcessInstance sok = runtimeService.createProcessInstanceByKey(KontaktforsokProcessen.PROCESS_ID)
                .businessKey(arende.getArendenummer())
                .setVariables(Map.of(ArendeProcessen.ARENDE_ID, arende.getId(), ArendeProcessen.ANSVARIG_SEKTION, "vuxen"))
                .startBeforeActivity(KontaktforsokProcessen.TASK_REGISTRERA_KONTAKTFORSOK).execute();
        klockan(0, "12:00");

        complete(Uppgifter.medFormular(sok.getId()), forsok(idag(0), "INGET_SVAR", "FORSOK_IGEN"));

        Kontaktforsok sparat = kontaktforsok.findByArendeIdOrderByTidpunkt(arende.getId()).get(0);
        assertThat(sparat.getKontaktrundaId()).isNotNull();
        assertThat(runtimeService.getVariable(sok.getId(), KontaktforsokProcessen.KONTAKTRUNDA_ID))
                .isEqualTo(sparat.getKontaktrundaId());
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

        assertThat(sok).isWaitingAt(KontaktforsokProcessen.TASK_REGISTRERA_KONTAKTFORSOK);
    }

    @Test
    void forsokForeRundanEllerIFramtidenAvvisasOchForsoketMinnsNarDetSkrevsIn() {
        Arende arende = pagaende("STODBOENDE");
        ProcessInstance sok = sokKlienten(arende);
        Task uppgift = Uppgifter.medFormular(sok.getId());

        assertThatThrownBy(() -> complete(uppgift, forsok(idag(-1), "INGET_SVAR", "FORSOK_IGEN")))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("ligger före kontaktrundan");
        assertThatThrownBy(() -> complete(uppgift, forsok(idag(1), "INGET_SVAR", "FORSOK_IGEN")))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("framtiden");
        assertThat(kontaktforsok.findByArendeIdOrderByTidpunkt(arende.getId())).isEmpty();

        complete(uppgift, forsok(idag(0), "INGET_SVAR", "FORSOK_IGEN"));
        Kontaktforsok sparat = kontaktforsok.findByArendeIdOrderByTidpunkt(arende.getId()).get(0);
        assertThat(sparat.getTidpunkt()).isEqualTo(LocalDate.parse(idag(0)).atTime(10, 15).atZone(STOCKHOLM).toInstant());
        assertThat(sparat.getRegistrerad()).isEqualTo(ClockUtil.getCurrentTime().toInstant());
    }

    @Test
    void avslutKravarTreForsokUnderTvaVeckorVaravEttPerTelefon() {
        Arende arende = pagaende("STODBOENDE");
        ProcessInstance sok = sokKlienten(arende);

        assertThatThrownBy(() -> complete(Uppgifter.medFormular(sok.getId()), forsok(idag(0), "INGET_SVAR", "AVSLUTA")))
                .isInstanceOf(OgiltigtFormularException.class)
                .hasMessageContaining("minst 3 kontaktförsök under minst 14 dagar, minst 1 per telefon")
                .hasMessageContaining("hittills: 1 försök under 0 dagar, varav 1 per telefon");
        assertThat(sok).isWaitingAt(KontaktforsokProcessen.TASK_REGISTRERA_KONTAKTFORSOK);
        assertThat(kontaktforsok.findByArendeIdOrderByTidpunkt(arende.getId())).isEmpty();

        complete(Uppgifter.medFormular(sok.getId()), forsok(idag(0), "BREV", "INGET_SVAR", "FORSOK_IGEN"));
        klockan(7, "12:00");
        nastaForsok(sok);
        complete(Uppgifter.medFormular(sok.getId()), forsok(idag(7), "BREV", "MEDDELANDE_LAMNAT", "FORSOK_IGEN"));
        klockan(14, "12:00");
        nastaForsok(sok);
        // three letters over two weeks, but no one phoned the client
        assertThatThrownBy(() -> complete(Uppgifter.medFormular(sok.getId()),
                forsok(idag(14), "BREV", "INGET_SVAR", "AVSLUTA")))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("varav 0 per telefon");

        complete(Uppgifter.medFormular(sok.getId()), forsok(idag(14), "TELEFON", "INGET_SVAR", "AVSLUTA"));

        assertThat(sok).isEnded().hasPassed("EndEvent_AvslutUtanKontakt").variables()
                .containsEntry(ArendeProcessen.AVSLUTSORSAK, "KONTAKT_UPPHORT");
        assertThat(kontaktforsok.findByArendeIdOrderByTidpunkt(arende.getId())).hasSize(3);
    }

    @Test
    void enNyRundaRaknarBaraSinaEgnaForsok() {
        Arende arende = pagaende("STODBOENDE");
        ProcessInstance process = forlopp.process(arende);
        utlosBevakningen(process);
        ProcessInstance forsta = kontaktforsok(process);
        for (int dag : new int[] {0, 7}) {
            complete(Uppgifter.medFormular(forsta.getId()), forsok(dagEfterBevakningen(dag), "INGET_SVAR", "FORSOK_IGEN"));
            flyttaKlockan(7);
            nastaForsok(forsta);
        }
        complete(Uppgifter.medFormular(forsta.getId()), forsok(dagEfterBevakningen(14), "KLIENTEN_NADD", null));
        assertThat(process).isWaitingAt("Timer_Kontaktbevakning");

        // four weeks later the client is gone again: a new round, and the first round's attempts do not count
        utlosBevakningen(process);
        ProcessInstance andra = kontaktforsok(process);
        assertThatThrownBy(() -> complete(Uppgifter.medFormular(andra.getId()),
                forsok(dagEfterBevakningen(0), "INGET_SVAR", "AVSLUTA")))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("hittills: 1 försök under 0 dagar");
        assertThat(andra).isWaitingAt(KontaktforsokProcessen.TASK_REGISTRERA_KONTAKTFORSOK);
    }

    @Test
    void kontaktbevakningenStartarForsokEfterFyraVeckorUtanKontaktOchSlutarNarKlientenHorAvSig() throws Exception {
        Arende arende = pagaende("STODBOENDE");
        ProcessInstance process = forlopp.process(arende);
        Job bevakning = bevakning(process);
        assertThat(LocalDate.ofInstant(bevakning.getDuedate().toInstant(), STOCKHOLM))
                .isEqualTo(arenden.hamta(arende.getArendenummer()).getSenastKontakt().plusWeeks(4));

        utlosBevakningen(process);

        assertThat(process).isWaitingAt("CallActivity_Kontaktforsok");
        assertThat(forlopp.uppgift(arende)).hasDefinitionKey(KontaktforsokProcessen.TASK_REGISTRERA_KONTAKTFORSOK)
                .hasCandidateGroup("vuxen");

        HttpResponse<String> svar = new Http(port).postJson("/api/arenden/" + arende.getArendenummer() + "/kontakt",
                "handlaggare-mottagningen", "demo", "{}");

        assertThat(svar.statusCode()).isEqualTo(200);
        assertThat(json.readTree(svar.body()).get("senastKontakt").asText()).isEqualTo(dagEfterBevakningen(0));
        assertThat(process).hasPassed("Event_KlientenHordeAvSig").isWaitingAt("Timer_Kontaktbevakning");
        assertThat(bevakning(process).getDuedate()).isAfter(bevakning.getDuedate());
    }

    @Test
    void redanUnderTillhorighetsutredningenBevakasKontaktenOchMottagningenSokerKlienten() {
        Arende arende = mottagning.registreraOchStarta(se.hemvag.Testklienter.ansokan(), "handlaggare-mottagningen");
        ProcessInstance process = forlopp.process(arende);

        utlosBevakningen(process);

        ProcessInstance sok = kontaktforsok(process);
        assertThat(Uppgifter.medFormular(sok.getId())).hasCandidateGroup("mottagningen");
    }

    @Test
    void efterTillrackligaForsokAvslutasArendetMedOrsakenKontaktUpphort() {
        Arende arende = pagaende("STODBOENDE");
        ProcessInstance process = forlopp.process(arende);
        utlosBevakningen(process);
        ProcessInstance sok = kontaktforsok(process);
        for (int dag : new int[] {0, 7}) {
            complete(Uppgifter.medFormular(sok.getId()), forsok(dagEfterBevakningen(dag), "INGET_SVAR", "FORSOK_IGEN"));
            flyttaKlockan(7);
            nastaForsok(sok);
        }
        complete(Uppgifter.medFormular(sok.getId()), forsok(dagEfterBevakningen(14), "INGET_SVAR", "AVSLUTA"));

        assertThat(process).hasPassed("EndEvent_AvslutUtanKontakt").isWaitingAt("CallActivity_Avslut");
        Task blankett = forlopp.uppgift(arende);
        assertThat(blankett).hasDefinitionKey(AvslutProcessen.TASK_AVSLUTNINGSBLANKETT);
        assertThat(processEngine.getTaskService().getVariable(blankett.getId(), "avslutsorsak")).isEqualTo("KONTAKT_UPPHORT");
        complete(blankett, withVariables("avslutsorsak", "KONTAKT_UPPHORT", "boendeVidAvslut", "OKANT",
                "egenForsorjning", "EJ_AKTUELLT", "avslutsdatum", dagEfterBevakningen(14)));

        assertThat(process).isEnded();
        assertThat(managementService.createJobQuery().processInstanceId(process.getId()).count()).isZero();
    }

    @Test
    void klientSomNasUnderBevakningenGerNyBevakning() {
        Arende arende = pagaende("STODBOENDE");
        ProcessInstance process = forlopp.process(arende);
        utlosBevakningen(process);

        complete(forlopp.uppgift(arende), forsok(dagEfterBevakningen(0), "KLIENTEN_NADD", null));

        assertThat(process).hasPassed("Gateway_KontaktUtfall").isWaitingAt("Timer_Kontaktbevakning");
        assertThat(LocalDate.ofInstant(bevakning(process).getDuedate().toInstant(), STOCKHOLM))
                .isEqualTo(LocalDate.parse(dagEfterBevakningen(0)).plusWeeks(4));
    }

    @Test
    void klientMedEkonomisktBistandFarEnManadTill() {
        Arende arende = pagaende("EKONOMISKT_BISTAND");
        ProcessInstance process = forlopp.process(arende);
        LocalDate senastKontakt = arenden.hamta(arende.getArendenummer()).getSenastKontakt();

        // the watch was set at the application; at four weeks it finds the extension and waits on
        utlosBevakningen(process);

        assertThat(process).hasNotPassed("CallActivity_Kontaktforsok").isWaitingAt("Timer_Kontaktbevakning");
        assertThat(LocalDate.ofInstant(bevakning(process).getDuedate().toInstant(), STOCKHOLM))
                .isEqualTo(senastKontakt.plusWeeks(4).plusMonths(1));
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

    private ProcessInstance kontaktforsok(ProcessInstance arendeprocess) {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(arendeprocess.getId())
                .processDefinitionKey(KontaktforsokProcessen.PROCESS_ID).singleResult();
    }

    private static void flyttaKlockan(int dagar) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(dagar * 86400L)));
    }

    /** A day counted from the day the contact watch last fired. */
    private static String dagEfterBevakningen(int dagar) {
        return bevakningsdag.plusDays(dagar).toString();
    }

    private static LocalDate bevakningsdag;

    /** Moves time to the morning the contact watch is due, lets it fire, and moves on to noon. */
    private Job utlosBevakningen(ProcessInstance process) {
        Job bevakning = bevakning(process);
        ClockUtil.setCurrentTime(Date.from(bevakning.getDuedate().toInstant().plusSeconds(6 * 3600)));
        managementService.executeJob(bevakning.getId());
        ClockUtil.setCurrentTime(Date.from(bevakning.getDuedate().toInstant().plusSeconds(12 * 3600)));
        bevakningsdag = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), STOCKHOLM);
        return bevakning;
    }

    private Job bevakning(ProcessInstance process) {
        return managementService.createJobQuery().processInstanceId(process.getId())
                .activityId("Timer_Kontaktbevakning").singleResult();
    }

    /** A day counted from the day the test began. */
    private static String idag(int dagar) {
        return idagVidStart.plusDays(dagar).toString();
    }
}
