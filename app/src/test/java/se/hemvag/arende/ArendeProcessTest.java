package se.hemvag.arende;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Testklienter;
import se.hemvag.Uppgifter;
import se.hemvag.ansokan.Ansokningsmottagning;
import se.hemvag.ansokan.NyAnsokan;
import se.hemvag.klient.Identitetstyp;
import se.hemvag.tillhorighet.TillhorighetProcessen;
import se.hemvag.delat.OgiltigtFormularException;

/** ArendeProcess: both ways in, routing to the responsible section, and the way out at tillhörighet. */
@HemvagSpringTest
class ArendeProcessTest {

    static final String CALL_TILLHORIGHET = "CallActivity_Tillhorighet";
    static final String TASK_PABORJA_UTREDNING = "Task_PaborjaUtredning";

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired Ansokningsmottagning mottagning;
    @Autowired Arenden arenden;
    @Autowired ArendeRepository arendeRepository;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
    }

    @Test
    void ansokanViaApiStartarArendetMedArendenummerSomAffarsnyckel() {
        Arende arende = mottagning.registreraOchStarta(Testklienter.ansokan(), "handlaggare-mottagningen");

        ProcessInstance process = arendeprocess(arende);
        assertThat(process).isStarted().hasPassed("StartEvent_AnsokanViaApi").isWaitingAt(CALL_TILLHORIGHET)
                .variables().containsEntry(ArendeProcessen.ARENDENUMMER, arende.getArendenummer())
                .containsEntry(ArendeProcessen.KLIENT_NAMN, arende.getKlient().namn());
        ProcessInstance tillhorighet = tillhorighet(process);
        assertThat(tillhorighet.getBusinessKey()).isEqualTo(arende.getArendenummer());
        assertThat(tillhorighet).isWaitingAt(TillhorighetProcessen.TASK_TILLHORIGHETSUTREDNING);
        assertThat(arende.getStatus()).isEqualTo(ArendeStatus.TILLHORIGHETSUTREDNING);
    }

    @Test
    void startformularetITasklistRegistrerarKlientOchArende() {
        Map<String, Object> formular = new HashMap<>();
        formular.put("fodelsedatum", "1971-04-02");
        formular.put("kon", "MAN");
        formular.put("fornamn", "Utan");
        formular.put("efternamn", "Papper");
        formular.put("kanal", "FALT");
        formular.put("anteckning", "Träffad av fältassistent");

        ProcessInstance process = runtimeService.startProcessInstanceByKey(ArendeProcessen.PROCESS_ID, formular);

        assertThat(process).hasPassed("Task_RegistreraAnsokan").isWaitingAt(CALL_TILLHORIGHET);
        Arende arende = arenden.hamta(process.getBusinessKey());
        assertThat(arende.getKanal()).isEqualTo(Ansokningskanal.FALT);
        assertThat(arende.getKlient().getIdentitetstyp()).isEqualTo(Identitetstyp.RESERVNUMMER);
        assertThat(arende.getKlient().getIdentitetsnummer()).startsWith("19710402-R");
        assertThat(runtimeService.getVariables(process.getId()))
                .containsKeys(ArendeProcessen.ARENDE_ID, ArendeProcessen.ARENDENUMMER, ArendeProcessen.ALDER)
                .doesNotContainKeys("fornamn", "efternamn", "fodelsedatum", "anteckning");
    }

    @Test
    void tecknenUtanforBmpSparasBadeITabellernaOchIMotorn() {
        // 4-byte UTF-8: on MariaDB this needs the utf8mb4 tables that old_mode='' gives the engine
        var ansokan = Testklienter.ansokan();
        var medFyrbytestecken = new NyAnsokan(ansokan.identitetsnummer(), null, null, "Li 𠀋",
                "Åström", null, Ansokningskanal.UPPSOKARENHETEN, "Sover ute vid Slussen 🏕️");

        Arende arende = mottagning.registreraOchStarta(medFyrbytestecken, "handlaggare-mottagningen");

        ProcessInstance process = arendeprocess(arende);
        assertThat(runtimeService.getVariable(process.getId(), ArendeProcessen.KLIENT_NAMN)).isEqualTo("Li 𠀋 Åström");
        Arende sparat = arenden.hamta(arende.getArendenummer());
        assertThat(sparat.getKlient().getFornamn()).isEqualTo("Li 𠀋");
        assertThat(sparat.getAnsokanAnteckning()).isEqualTo("Sover ute vid Slussen 🏕️");
    }

    @Test
    void felaktigtPersonnummerIStartformularetSparasInte() {
        long fore = arendeRepository.count();

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ArendeProcessen.PROCESS_ID, Map.of(
                "identitetsnummer", "19850312-9882", "fornamn", "Fel", "efternamn", "Siffra", "kanal", "NYBESOK")))
                .isInstanceOf(OgiltigtFormularException.class)
                .hasMessageContaining("Kontrollsiffran");

        assertThat(arendeRepository.count()).isEqualTo(fore);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"behovMissbruk, vuxen", "behovPsykiskOhalsa, vard-och-omsorg", "behovAldreSomatik, vard-och-omsorg",
            "behovEkonomi, forsorjning"})
    void efhArendetGarTillSektionenSomBehovetPekarUt(String behov, String sektion) {
        Arende arende = mottagning.registreraOchStarta(Testklienter.ansokan(), "handlaggare-mottagningen");
        ProcessInstance process = arendeprocess(arende);
        complete(Uppgifter.medFormular(tillhorighet(process).getId()), withVariables(
                "kontaktStadsdel", "nej", "kontaktBarn", "nej", "hemloshetssituation", "AKUT_HEMLOS", behov, true));

        assertThat(process).hasPassed("Task_BestamAnsvarigSektion", "Task_TilldelaSektion")
                .isWaitingAt(TASK_PABORJA_UTREDNING);
        Task paborja = Uppgifter.medFormular(process.getId());
        assertThat(paborja).hasCandidateGroup(sektion).hasName("Påbörja utredning");
        assertThat(Uppgifter.formular(paborja)).isEqualTo("arende-paborja-utredning");
        assertThat(taskService.createTaskQuery().taskId(paborja.getId()).taskCandidateGroup("mottagningen").count())
                .isZero();
        Arende routat = arenden.hamta(arende.getArendenummer());
        assertThat(routat.getAnsvarigSektion()).isEqualTo(sektion);
        assertThat(routat.getStatus()).isEqualTo(ArendeStatus.UTREDNING_EJ_PABORJAD);

        complete(paborja, withVariables("utredningPaborjad", "2026-11-23", "utredningsinstrument", "ASI",
                "utredningPlan", "Första samtal på mottagningen, kontakt med Vårdcentralen för hemlösa"));

        assertThat(process).hasPassed("Task_RegistreraUtredningPaborjad").isWaitingAt("Task_BeslutaInsatser");
        Arende utreds = arenden.hamta(arende.getArendenummer());
        assertThat(utreds.getStatus()).isEqualTo(ArendeStatus.UTREDNING);
        assertThat(utreds.getUtredningsinstrument()).isEqualTo("ASI");
        assertThat(utreds.getUtredningPlan()).startsWith("Första samtal");
    }

    @Test
    void okantUtredningsinstrumentAvvisasOchUppgiftenLiggerKvar() {
        Arende arende = mottagning.registreraOchStarta(Testklienter.ansokan(), "handlaggare-mottagningen");
        ProcessInstance process = arendeprocess(arende);
        complete(Uppgifter.medFormular(tillhorighet(process).getId()), withVariables(
                "kontaktStadsdel", "nej", "kontaktBarn", "nej", "hemloshetssituation", "OVRIGT"));
        Task paborja = Uppgifter.medFormular(process.getId());

        assertThatThrownBy(() -> complete(paborja, withVariables("utredningPaborjad", "2026-11-23",
                "utredningsinstrument", "XYZ", "utredningPlan", "Plan")))
                .isInstanceOf(OgiltigtFormularException.class);

        assertThat(process).isWaitingAt(TASK_PABORJA_UTREDNING);
        assertThat(arenden.hamta(arende.getArendenummer()).getStatus()).isEqualTo(ArendeStatus.UTREDNING_EJ_PABORJAD);
    }

    @Test
    void arendeSomTillhorStadsdelAvslutasEfterOverlamningen() {
        Arende arende = mottagning.registreraOchStarta(Testklienter.ansokan(), "handlaggare-mottagningen");
        ProcessInstance process = arendeprocess(arende);
        ProcessInstance tillhorighet = tillhorighet(process);
        complete(Uppgifter.medFormular(tillhorighet.getId()), withVariables(
                "kontaktStadsdel", "ja", "stadsdel", "FARSTA", "kontaktBarn", "nej", "hemloshetssituation", "AKUT_HEMLOS"));
        complete(Uppgifter.medFormular(tillhorighet.getId()), withVariables(
                "stadsdel", "FARSTA", "overlamningsdatum", "2026-11-23", "overlamningssatt", "SKRIFTLIG_OVERLAMNING"));

        assertThat(process).isEnded().hasPassed("EndEvent_OverlamnadVidTillhorighet")
                .hasNotPassed("Task_BestamAnsvarigSektion");
        assertThat(arenden.hamta(arende.getArendenummer()).getStatus()).isEqualTo(ArendeStatus.LANKAD_TILL_STADSDEL);
    }

    @Test
    void klientVarsArendeAvslutatsKanAnsokaIgen() {
        var ansokan = Testklienter.ansokan();
        Arende forsta = mottagning.registreraOchStarta(ansokan, "handlaggare-mottagningen");
        ProcessInstance tillhorighet = tillhorighet(arendeprocess(forsta));
        complete(Uppgifter.medFormular(tillhorighet.getId()), withVariables(
                "kontaktStadsdel", "ja", "stadsdel", "BROMMA", "kontaktBarn", "nej", "hemloshetssituation", "AKUT_HEMLOS"));
        complete(Uppgifter.medFormular(tillhorighet.getId()), withVariables(
                "stadsdel", "BROMMA", "overlamningsdatum", "2026-11-23", "overlamningssatt", "TELEFON"));

        Arende andra = mottagning.registreraOchStarta(ansokan, "handlaggare-mottagningen");

        assertThat(andra.getKlient().getId()).isEqualTo(forsta.getKlient().getId());
        assertThat(andra.getArendenummer()).isNotEqualTo(forsta.getArendenummer());
    }

    private ProcessInstance arendeprocess(Arende arende) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ArendeProcessen.PROCESS_ID)
                .processInstanceBusinessKey(arende.getArendenummer()).singleResult();
    }

    private ProcessInstance tillhorighet(ProcessInstance arendeprocess) {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(arendeprocess.getId()).singleResult();
    }
}
