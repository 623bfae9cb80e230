package se.hemvag.forsokslagenhet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import se.hemvag.arende.Arende;
import se.hemvag.delat.OgiltigtFormularException;

/**
 * Lägenhetsinfo sessions with several clients' cases: invitations up to capacity, attendance
 * correlated to each attendee's case, no-shows called to the next session, evaluations recorded.
 */
@HemvagSpringTest
class LagenhetsinfoTest {

    @Autowired ProcessEngine processEngine;
    @Autowired TaskService taskService;
    @Autowired Arendeforlopp forlopp;
    @Autowired Forsoksforlopp forsok;
    @Autowired LagenhetsinfoKallelseRepository kallelser;
    @Autowired ForsokslagenhetRepository forsokslagenheter;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        // earlier tests' clients who never came wait for a session too: give them one of their own
        forsok.genomfor(forsok.planeraLagenhetsinfo(1, 50)).forEach(t -> forsok.kom(t, 3));
    }

    @AfterEach
    void aterstallKlockan() {
        ClockUtil.reset();
    }

    private record Klient(Arende arende, ProcessInstance forsokslagenhet) {
    }

    private Klient beviljadOchForberedd(String behov) {
        Arende arende = forlopp.pagaende(behov, Map.of());
        ProcessInstance process = forsok.beviljad(arende);
        forsok.lagenhetOchBoendestod(process);
        return new Klient(arende, process);
    }

    /** Each participant's task, by the client's name on it. */
    private Map<String, Task> perKlient(List<Task> uppgifter) {
        return uppgifter.stream().collect(Collectors.toMap(forsok::klientNamn, t -> t));
    }

    private static String namn(Klient klient) {
        return klient.arende().getKlient().namn();
    }

    private List<LagenhetsinfoKallelse> kallelser(Klient klient) {
        Long id = forsokslagenheter.findByArendeIdOrderById(klient.arende().getId()).get(0).getId();
        return kallelser.findByForsokslagenhetIdOrderById(id);
    }

    @Test
    void tillfalletsNarvaroNarVarjeDeltagaresArendeOchDenSomUteblevKallasTillNasta() {
        Klient anna = beviljadOchForberedd("behovMissbruk");
        Klient bo = beviljadOchForberedd("behovPsykiskOhalsa");
        Klient cecilia = beviljadOchForberedd("behovEkonomi");

        ProcessInstance forsta = forsok.planeraLagenhetsinfo(7, 2);
        ProcessInstance andra = forsok.planeraLagenhetsinfo(30, 5);
        assertThat(kallelser(anna).get(0).getTillfalleId()).isNotNull().isEqualTo(kallelser(bo).get(0).getTillfalleId());
        assertThat(kallelser(cecilia).get(0).getTillfalleId()).as("första tillfället var fullt")
                .isNotEqualTo(kallelser(anna).get(0).getTillfalleId());

        List<Task> forstaNarvaro = forsok.genomfor(forsta);
        assertThat(forstaNarvaro).hasSize(2);
        assertThat(forstaNarvaro).allSatisfy(t -> {
            assertThat(t).hasCandidateGroup("administrationen");
            assertThat(Uppgifter.formular(t)).isEqualTo("lagenhetsinfo-narvaro");
        });
        Map<String, Task> forstaPerKlient = perKlient(forstaNarvaro);
        forsok.kom(forstaPerKlient.get(namn(anna)), 5);
        forsok.uteblev(forstaPerKlient.get(namn(bo)));

        assertThat(forsta).isEnded().hasPassed("EndEvent_TillfalletGenomfort");
        assertThat(anna.forsokslagenhet()).isWaitingAt(ForsokslagenhetProcessen.TASK_INFLYTTNING);
        assertThat(bo.forsokslagenhet()).isWaitingAt("Event_LagenhetsinfoGenomford");
        LagenhetsinfoKallelse annasKallelse = kallelser(anna).get(0);
        assertThat(annasKallelse.getNarvarande()).isTrue();
        assertThat(annasKallelse.getBetyg()).isEqualTo(5);
        assertThat(annasKallelse.getUtvardering()).isEqualTo("Bra att få veta vad som gäller");
        assertThat(annasKallelse.getParmUtdelad()).isTrue();
        List<LagenhetsinfoKallelse> bosKallelser = kallelser(bo);
        assertThat(bosKallelser).hasSize(2);
        assertThat(bosKallelser.get(0).getNarvarande()).isFalse();
        assertThat(bosKallelser.get(1).getTillfalleId()).as("kallad till nästa tillfälle")
                .isEqualTo(kallelser(cecilia).get(0).getTillfalleId());

        List<Task> andraNarvaro = forsok.genomfor(andra);
        assertThat(andraNarvaro).hasSize(2);
        Map<String, Task> andraPerKlient = perKlient(andraNarvaro);
        forsok.kom(andraPerKlient.get(namn(bo)), 3);
        forsok.kom(andraPerKlient.get(namn(cecilia)), 4);

        assertThat(andra).isEnded();
        assertThat(bo.forsokslagenhet()).isWaitingAt(ForsokslagenhetProcessen.TASK_INFLYTTNING);
        assertThat(cecilia.forsokslagenhet()).isWaitingAt(ForsokslagenhetProcessen.TASK_INFLYTTNING);
    }

    @Test
    void narvaroUtanBetygAvvisasOchUppgiftenFinnsKvar() {
        Klient klient = beviljadOchForberedd("behovMissbruk");
        ProcessInstance tillfalle = forsok.planeraLagenhetsinfo(3, 5);
        Task uppgift = forsok.genomfor(tillfalle).get(0);

        assertThatThrownBy(() -> taskService.complete(uppgift.getId(), Map.of("narvaro", "NARVARANDE")))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("betyg");
        assertThat(kallelser(klient).get(0).getNarvarande()).isNull();
        assertThat(klient.forsokslagenhet()).isWaitingAt("Event_LagenhetsinfoGenomford");
        forsok.kom(uppgift, 2);
        assertThat(klient.forsokslagenhet()).isWaitingAt(ForsokslagenhetProcessen.TASK_INFLYTTNING);
    }

    @Test
    void ettTillfalleIDetForflutnaGarInteAttPlanera() {
        assertThatThrownBy(() -> forsok.planeraLagenhetsinfo(-1, 5))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("framtiden");
        assertThatThrownBy(() -> forsok.planeraLagenhetsinfo(3, 0))
                .isInstanceOf(OgiltigtFormularException.class).hasMessageContaining("Antal platser");
    }
}
