package se.hemvag.forsokslagenhet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.hemvag.forsokslagenhet.Forsoksforlopp.idag;
import static se.hemvag.forsokslagenhet.Forsoksforlopp.om;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
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
import se.hemvag.arende.ArendeTabeller;
import se.hemvag.arende.Insats;
import se.hemvag.arende.Insatstyp;
import se.hemvag.avslut.AvslutTabeller;
import se.hemvag.avslut.BoendeVidAvslut;
import se.hemvag.delat.OgiltigtFormularException;

/** A trial apartment from application to takeover, deviation, termination or a closed case. */
@HemvagSpringTest
class ForsokslagenhetProcessTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine processEngine;
    @Autowired TaskService taskService;
    @Autowired Arendeforlopp forlopp;
    @Autowired Forsoksforlopp forsok;
    @Autowired ForsokslagenhetRepository forsokslagenheter;
    @Autowired KontraktsgranskningRepository granskningar;
    @Autowired AvvikelseRepository avvikelser;
    @Autowired ArendeTabeller arendeTabeller;
    @Autowired AvslutTabeller avslut;
    @Autowired ObjectMapper json;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void aterstallKlockan() {
        ClockUtil.reset();
    }

    private Forsokslagenhet forsokslagenhet(Arende arende) {
        return forsokslagenheter.findByArendeIdOrderById(arende.getId()).get(0);
    }

    /** Granted, prepared, attended Lägenhetsinfo and moved in: waits for the takeover review. */
    private ProcessInstance inflyttad(Arende arende) {
        ProcessInstance process = forsok.beviljad(arende);
        forsok.lagenhetOchBoendestod(process);
        ProcessInstance tillfalle = forsok.planeraLagenhetsinfo(5, 12);
        for (Task narvaro : forsok.genomfor(tillfalle)) {
            if (forsok.klientNamn(narvaro).equals(arende.getKlient().namn())) {
                forsok.kom(narvaro, 4);
            } else {
                forsok.uteblev(narvaro);
            }
        }
        forsok.inflyttad(process);
        return process;
    }

    private void granska(ProcessInstance process, boolean hyranBetald, String syn) {
        forsok.tillGranskningen(process);
        complete(forsok.uppgift(process, ForsokslagenhetProcessen.TASK_GRANSKA), withVariables("hyranBetald", hyranBetald,
                "nyaSkulder", false, "storningar", false, "hyresvardensSyn", syn));
    }

    @Test
    void beviljadKlientFlyttarInEfterLagenhetsinfoOchTarOverKontraktetEfterArtonManader() {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        ProcessInstance process = forsok.ansok(arende, true);
        assertThat(process).isWaitingAt(ForsokslagenhetProcessen.TASK_BESLUTA);
        assertThat(process.getBusinessKey()).isEqualTo(arende.getArendenummer());
        Task beslut = forsok.uppgift(process, ForsokslagenhetProcessen.TASK_BESLUTA);
        assertThat(beslut).hasCandidateGroup("vuxen");
        assertThat(Uppgifter.formular(beslut)).isEqualTo("forsokslagenhet-beslut");
        complete(beslut, withVariables("forsokslagenhetBeslut", "BEVILJAD", "forsokslagenhetBeslutsdatum", idag(),
                "forsokslagenhetMotivering", "Ekonomin utredd, stabil i behandling"));

        assertThat(process).isWaitingAt(ForsokslagenhetProcessen.TASK_REGISTRERA_LAGENHET,
                ForsokslagenhetProcessen.TASK_BESTALL_BOENDESTOD, "Event_LagenhetsinfoGenomford");
        assertThat(forsok.uppgift(process, ForsokslagenhetProcessen.TASK_REGISTRERA_LAGENHET)).hasCandidateGroup("administrationen");
        forsok.lagenhetOchBoendestod(process);
        assertThat(process).as("ingen inflyttning före Lägenhetsinfo").isWaitingAt("Event_LagenhetsinfoGenomford");

        ProcessInstance tillfalle = forsok.planeraLagenhetsinfo(7, 10);
        List<Task> narvaro = forsok.genomfor(tillfalle);
        Task klientens = narvaro.stream().filter(t -> forsok.klientNamn(t).equals(arende.getKlient().namn())).findFirst().orElseThrow();
        assertThat(taskService.getVariable(klientens.getId(), "arendenummer")).isEqualTo(arende.getArendenummer());
        forsok.kom(klientens, 5);
        narvaro.stream().filter(t -> t != klientens).forEach(forsok::uteblev);
        assertThat(process).isWaitingAt(ForsokslagenhetProcessen.TASK_INFLYTTNING);

        forsok.inflyttad(process);
        Forsokslagenhet bor = forsokslagenhet(arende);
        assertThat(bor.getStatus()).isEqualTo(ForsokslagenhetStatus.BOR);
        // the supported housing the client left ends the day they move in
        assertThat(arendeTabeller.insatser(arende.getId()))
                .filteredOn(i -> i.getTyp() == Insatstyp.STODBOENDE).singleElement()
                .extracting(i -> i.getSlutdatum()).isEqualTo(bor.getInflyttning());
        assertThat(bor.getGranskning()).isEqualTo(bor.getInflyttning().plusMonths(18));
        ZonedDateTime nu = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
        Job granskning = forsok.tillGranskningen(process);
        assertThat(Duration.between(nu.plusMonths(18).toInstant(), granskning.getDuedate().toInstant()).abs())
                .as("granskningen om ungefär 1,5 år").isLessThan(Duration.ofDays(1));

        complete(forsok.uppgift(process, ForsokslagenhetProcessen.TASK_GRANSKA), withVariables("hyranBetald", true,
                "nyaSkulder", false, "storningar", false, "hyresvardensSyn", "POSITIV", "granskningAnteckning", "Sköter sig"));
        assertThat(process).hasPassed("Task_BedomOvertagande").isWaitingAt(ForsokslagenhetProcessen.TASK_FORSTAHANDSKONTRAKT);
        complete(forsok.uppgift(process, ForsokslagenhetProcessen.TASK_FORSTAHANDSKONTRAKT),
                withVariables("forstahandskontraktFran", idag()));

        assertThat(process).isEnded().hasPassed("EndEvent_KontraktOvertaget");
        assertThat(forsokslagenhet(arende).getStatus()).isEqualTo(ForsokslagenhetStatus.OVERTAGEN);
        assertThat(granskningar.findByForsokslagenhetIdOrderByDatum(bor.getId()))
                .extracting(Kontraktsgranskning::getResultat).containsExactly(Granskningsresultat.GODKANT);
        assertThat(arendeTabeller.insatser(arende.getId()))
                .filteredOn(i -> i.getTyp() == Insatstyp.FORSOKSLAGENHET || i.getTyp() == Insatstyp.BOENDESTOD)
                .hasSize(2).allMatch(i -> i.getSlutdatum() != null);

        Task blankett = forlopp.uppgift(arende);
        assertThat(blankett).hasDefinitionKey("Task_Avslutningsblankett");
        assertThat(taskService.getVariable(blankett.getId(), "boendeVidAvslut"))
                .isEqualTo("FORSTAHANDSKONTRAKT_OVERTAGEN_FORSOKSLAGENHET");
        complete(blankett, withVariables("avslutsorsak", "MALEN_UPPNADDA",
                "boendeVidAvslut", "FORSTAHANDSKONTRAKT_OVERTAGEN_FORSOKSLAGENHET", "egenForsorjning", "JA", "avslutsdatum", idag()));
        assertThat(avslut.avslut(arende.getId()).orElseThrow().getBoendeVidAvslut())
                .isEqualTo(BoendeVidAvslut.FORSTAHANDSKONTRAKT_OVERTAGEN_FORSOKSLAGENHET);
    }

    @Test
    void avvikelseGerForlangdProvtidOchSedanUppsagning() {
        Arende arende = forlopp.pagaende("behovPsykiskOhalsa", Map.of());
        ProcessInstance process = inflyttad(arende);

        granska(process, false, "NEGATIV");
        assertThat(process).isWaitingAt(ForsokslagenhetProcessen.TASK_AVVIKELSE);
        assertThat(forsok.uppgift(process, ForsokslagenhetProcessen.TASK_AVVIKELSE)).hasCandidateGroup("vard-och-omsorg");
        complete(forsok.uppgift(process, ForsokslagenhetProcessen.TASK_AVVIKELSE), withVariables("avvikelseMotesdatum", idag(),
                "avvikelseDeltagare", "Klienten, boendestödet, hyresvärden, handläggaren", "avvikelseOrsak", "HYRESSKULD",
                "klientensSyn", "Vill betala av skulden", "avvikelseUtfall", "FORLANGD_PROVTID", "nyGranskning", om(180)));
        assertThat(process).isWaitingAt("Timer_Granskning");
        assertThat(forsokslagenhet(arende).getGranskning()).isEqualTo(LocalDate.parse(om(180)));

        granska(process, true, "NEGATIV");
        complete(forsok.uppgift(process, ForsokslagenhetProcessen.TASK_AVVIKELSE), withVariables("avvikelseMotesdatum", idag(),
                "avvikelseDeltagare", "Klienten och hyresvärden", "avvikelseOrsak", "STORNINGAR",
                "klientensSyn", "Håller inte med", "avvikelseUtfall", "UPPSAGNING"));

        assertThat(process).isEnded().hasPassed("EndEvent_Uppsagd");
        Forsokslagenhet uppsagd = forsokslagenhet(arende);
        assertThat(uppsagd.getStatus()).isEqualTo(ForsokslagenhetStatus.UPPSAGD);
        assertThat(avvikelser.findByForsokslagenhetIdOrderByMotesdatum(uppsagd.getId()))
                .extracting(Avvikelse::getUtfall).containsExactly(AvvikelseUtfall.FORLANGD_PROVTID, AvvikelseUtfall.UPPSAGNING);
        assertThat(forlopp.process(arende)).as("ärendet fortsätter").isNotNull();
    }

    @Test
    void avslagOchEjUtreddEkonomiKanInteBeviljas() {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        ProcessInstance process = forsok.ansok(arende, false);
        Task beslut = forsok.uppgift(process, ForsokslagenhetProcessen.TASK_BESLUTA);

        assertThatThrownBy(() -> complete(beslut, withVariables("forsokslagenhetBeslut", "BEVILJAD",
                "forsokslagenhetBeslutsdatum", idag(), "forsokslagenhetMotivering", "x")))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("ekonomi är utredd");
        assertThat(process).isWaitingAt(ForsokslagenhetProcessen.TASK_BESLUTA);

        complete(beslut, withVariables("forsokslagenhetBeslut", "AVSLAG", "forsokslagenhetBeslutsdatum", idag(),
                "forsokslagenhetMotivering", "Ekonomin behöver utredas först"));
        assertThat(process).isEnded().hasPassed("EndEvent_Avslag");
        assertThat(forsokslagenhet(arende).getStatus()).isEqualTo(ForsokslagenhetStatus.AVSLAG);
        assertThat(forsok.ansok(arende, true)).as("en ny ansökan går efter ett avslag").isNotNull();
    }

    @Test
    void ansokanFranFelSektionEllerUtanPagaendeArendeAvvisas() throws Exception {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        Arende underUtredning = forlopp.underUtredning("behovMissbruk");
        Http http = new Http(port);
        String starta = "/engine-rest/process-definition/key/ForsokslagenhetProcess/submit-form";

        var felSektion = http.postJson(starta, "handlaggare-forsorjning", "demo", ansokan(arende.getArendenummer()));
        assertThat(felSektion.statusCode()).isEqualTo(400);
        assertThat(json.readTree(felSektion.body()).get("message").asText()).contains("Bara den ansvariga sektionen");
        var ejPagaende = http.postJson(starta, "handlaggare-vuxen", "demo", ansokan(underUtredning.getArendenummer()));
        assertThat(ejPagaende.statusCode()).isEqualTo(400);
        assertThat(json.readTree(ejPagaende.body()).get("message").asText()).contains("pågående ärende");
        assertThat(http.postJson(starta, "handlaggare-vuxen", "demo", ansokan("2026-99999")).statusCode()).isEqualTo(400);
        assertThat(http.postJson(starta, "handlaggare-administrationen", "demo", ansokan(arende.getArendenummer())).statusCode())
                .as("administrationen söker inte försökslägenhet").isEqualTo(403);
        assertThat(forsokslagenheter.findByArendeIdOrderById(arende.getId())).isEmpty();

        var ratt = http.postJson(starta, "handlaggare-vuxen", "demo", ansokan(arende.getArendenummer()));
        assertThat(ratt.statusCode()).isEqualTo(200);
        assertThat(json.readTree(ratt.body()).get("businessKey").asText()).isEqualTo(arende.getArendenummer());
        var igen = http.postJson(starta, "handlaggare-vuxen", "demo", ansokan(arende.getArendenummer()));
        assertThat(igen.statusCode()).isEqualTo(400);
        assertThat(json.readTree(igen.body()).get("message").asText()).contains("redan en försökslägenhet");
    }

    private static String ansokan(String arendenummer) {
        return """
                {"variables": {"arendenummer": {"value": "%s"}, "ekonomiUtredd": {"value": true},
                 "stabilitet": {"value": "Stabil i ett år"}}}""".formatted(arendenummer);
    }

    @Test
    void forsokslagenhetenAvslutasNarArendetAvslutas() {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        ProcessInstance process = forsok.beviljad(arende);

        new Http(port).postJson("/api/arenden/" + arende.getArendenummer() + "/avslut", "handlaggare-vuxen", "demo", "{\"orsak\": \"MALEN_UPPNADDA\"}");
        Task blankett = taskService.createTaskQuery().processInstanceBusinessKey(arende.getArendenummer())
                .taskDefinitionKey("Task_Avslutningsblankett").singleResult();
        complete(blankett, withVariables("avslutsorsak", "KLIENTEN_AVBOJER_STOD", "boendeVidAvslut", "OKANT",
                "egenForsorjning", "EJ_AKTUELLT", "avslutsdatum", idag()));

        assertThat(process).isEnded().hasPassed("EndEvent_AvbrutenMedArendet");
        assertThat(forsokslagenhet(arende).getStatus()).isEqualTo(ForsokslagenhetStatus.AVBRUTEN);
        assertThat(arendeTabeller.insatser(arende.getId())).extracting(Insats::getTyp)
                .doesNotContain(Insatstyp.FORSOKSLAGENHET);
    }
}
