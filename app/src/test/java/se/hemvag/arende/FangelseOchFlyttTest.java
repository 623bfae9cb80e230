package se.hemvag.arende;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
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
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Uppgifter;
import se.hemvag.avslut.AvslutTabeller;
import se.hemvag.avslut.Avslutsorsak;
import se.hemvag.delat.OgiltigtFormularException;

/** A short prison sentence keeps the case open; a move closes it with a handover. */
@HemvagSpringTest
class FangelseOchFlyttTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired ProcessEngine processEngine;
    @Autowired ManagementService managementService;
    @Autowired Arendeforlopp forlopp;
    @Autowired Arenden arenden;
    @Autowired ArendeuppfoljningRepository uppfoljningar;
    @Autowired AvslutTabeller avslut;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void aterstallKlockan() {
        ClockUtil.reset();
    }

    /** A case with a granted intervention whose first follow-up is due now. */
    private Arende vidForstaUppfoljningen() {
        Arende arende = forlopp.underUtredning("behovMissbruk");
        complete(forlopp.uppgift(arende), withVariables("beslut", "BEVILJAT", "beslutsdatum", dag(0),
                "beslutMotivering", "Stödboende"));
        complete(forlopp.uppgift(arende), withVariables("insatstyp", "STODBOENDE", "insatsStart", dag(0),
                "utforare", "Boende Öst", "kostnadPerDygn", 800L));
        Job uppfoljning = timer(arende, ArendeProcessen.TIMER_NASTA_UPPFOLJNING);
        ClockUtil.setCurrentTime(Date.from(uppfoljning.getDuedate().toInstant().plusSeconds(12 * 3600)));
        managementService.executeJob(uppfoljning.getId());
        return arende;
    }

    @Test
    void kortFangelsestraffHallerArendetOppetOchAnstaltenRingsForeFrigivningen() {
        Arende arende = vidForstaUppfoljningen();
        ProcessInstance process = forlopp.process(arende);
        LocalDate frigivning = LocalDate.parse(dag(120));

        complete(forlopp.uppgift(arende), withVariables("uppfoljningsdatum", dag(0), "sammanfattning", "Dömd till fängelse",
                "jobbtorg", "INTE_AKTUELL", "uppfoljningUtfall", "FANGELSE", "anstalt", "Anstalten Kumla", "frigivningsdatum", frigivning.toString()));

        assertThat(process).isWaitingAt("Timer_ForeFrigivning", "Timer_Kontaktbevakning");
        assertThat(datum(timer(arende, "Timer_ForeFrigivning"))).isEqualTo(frigivning.minusMonths(2));
        assertThat(arenden.hamta(arende.getArendenummer()).getStatus()).isEqualTo(ArendeStatus.PAGAENDE);

        // the contact watch does not seek a client who is in prison: it counts from release
        Job bevakning = timer(arende, "Timer_Kontaktbevakning");
        managementService.executeJob(bevakning.getId());
        assertThat(process).isWaitingAt("Timer_Kontaktbevakning").hasNotPassed("CallActivity_Kontaktforsok");
        assertThat(datum(timer(arende, "Timer_Kontaktbevakning"))).isEqualTo(frigivning.plusWeeks(4));

        managementService.executeJob(timer(arende, "Timer_ForeFrigivning").getId());
        Task ring = forlopp.uppgift(arende);
        assertThat(ring).hasDefinitionKey("Task_RingAnstalten").hasCandidateGroup("vuxen");
        assertThat(Uppgifter.formular(ring)).isEqualTo("arende-ring-anstalten");
        complete(ring, withVariables("samtalsdatum", dag(0), "planering", "Boende ordnas, första besök dagen efter"));

        assertThat(process).isWaitingAt(ArendeProcessen.TIMER_NASTA_UPPFOLJNING);
        assertThat(uppfoljningar.findByArendeIdOrderByUppfoljningsdatum(arende.getId()))
                .extracting(Arendeuppfoljning::getSammanfattning)
                .anyMatch(s -> s.startsWith("Samtal med Anstalten Kumla inför frigivningen " + frigivning));
    }

    @Test
    void frigivningSomRedanPasseratAvvisas() {
        Arende arende = vidForstaUppfoljningen();
        Task uppfoljning = forlopp.uppgift(arende);

        assertThatThrownBy(() -> complete(uppfoljning, withVariables("uppfoljningsdatum", dag(0), "sammanfattning", "x",
                "jobbtorg", "INTE_AKTUELL", "uppfoljningUtfall", "FANGELSE", "anstalt", "Anstalten Kumla", "frigivningsdatum", dag(-1))))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("redan passerat");

        assertThat(forlopp.uppgift(arende).getId()).isEqualTo(uppfoljning.getId());
    }

    @Test
    void flyttAvslutarArendetOchGerEnOverlamningsuppgift() {
        Arende arende = vidForstaUppfoljningen();
        ProcessInstance process = forlopp.process(arende);
        complete(forlopp.uppgift(arende), withVariables("uppfoljningsdatum", dag(0), "sammanfattning", "Flyttar till Uppsala",
                "jobbtorg", "INTE_AKTUELL", "uppfoljningUtfall", "FLYTT"));

        Task blankett = forlopp.uppgift(arende);
        assertThat(blankett).hasDefinitionKey("Task_Avslutningsblankett");
        assertThat(processEngine.getTaskService().getVariable(blankett.getId(), "avslutsorsak")).isEqualTo("FLYTT");
        complete(blankett, withVariables("avslutsorsak", "FLYTT", "boendeVidAvslut", "ANDRAHANDSKONTRAKT",
                "egenForsorjning", "NEJ", "avslutsdatum", dag(0)));

        assertThat(arenden.hamta(arende.getArendenummer()).getStatus()).isEqualTo(ArendeStatus.AVSLUTAD);
        assertThat(avslut.avslut(arende.getId()).orElseThrow().getOrsak()).isEqualTo(Avslutsorsak.FLYTT);
        Task overlamna = forlopp.uppgift(arende);
        assertThat(overlamna).hasDefinitionKey("Task_OverlamnaVidFlytt").hasCandidateGroup("vuxen");
        assertThat(Uppgifter.formular(overlamna)).isEqualTo("avslut-overlamning-flytt");
        complete(overlamna, withVariables("mottagare", "Uppsala kommun, socialtjänsten", "overlamningsdatum", dag(0),
                "overlamningssatt", "GEMENSAMT_MOTE", "kontaktperson", "Eva Exempel"));

        assertThat(process).isEnded();
        assertThat(avslut.flyttoverlamning(arende.getId()).orElseThrow().getMottagare())
                .isEqualTo("Uppsala kommun, socialtjänsten");
    }

    private Job timer(Arende arende, String aktivitet) {
        return managementService.createJobQuery().processInstanceId(forlopp.process(arende).getId())
                .activityId(aktivitet).singleResult();
    }

    private static LocalDate datum(Job jobb) {
        return LocalDate.ofInstant(jobb.getDuedate().toInstant(), STOCKHOLM);
    }

    private static String dag(int fran) {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), STOCKHOLM).plusDays(fran).toString();
    }
}
