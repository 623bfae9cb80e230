package se.hemvag.tillhorighet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.hemvag.tillhorighet.TillhorighetProcessen.*;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Testklienter;
import se.hemvag.Uppgifter;
import se.hemvag.ansokan.Ansokningsmottagning;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.ArendeStatus;
import se.hemvag.arende.Arenden;
import se.hemvag.delat.OgiltigtFormularException;

/** TillhorighetProcess on its own: every path, its tasks' section and form, and what it stores. */
@HemvagSpringTest
class TillhorighetProcessTest {

    @org.springframework.boot.test.web.server.LocalServerPort int port;

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired Ansokningsmottagning mottagning;
    @Autowired Arenden arenden;
    @Autowired TillhorighetsutredningRepository utredningar;
    @Autowired OverlamningRepository overlamningar;

    private Arende arende;
    private ProcessInstance tillhorighet;

    @BeforeEach
    void startaTillhorighetsutredning() {
        BpmnAwareTests.init(processEngine);
        arende = mottagning.registrera(Testklienter.ansokan(35), "handlaggare-mottagningen");
        tillhorighet = runtimeService.startProcessInstanceByKey(PROCESS_ID, arende.getArendenummer(),
                ArendeProcessen.startvariabler(arende, LocalDate.now()));
    }

    @Test
    void utredningenGorsAvMottagningenISittFormular() {
        Task uppgift = Uppgifter.medFormular(tillhorighet.getId());

        assertThat(tillhorighet).isWaitingAt(TASK_TILLHORIGHETSUTREDNING);
        assertThat(uppgift).hasCandidateGroup("mottagningen").hasName("Utför tillhörighetsutredning");
        assertThat(Uppgifter.formular(uppgift)).isEqualTo("tillhorighet-utredning");
    }

    @Test
    void utanKontaktMedStadsdelTillhorKlientenEfh() {
        complete(Uppgifter.medFormular(tillhorighet.getId()), utredning("nej", null, "nej")
                .putValue(Falt.BEHOV_MISSBRUK.nyckel(), true));

        assertThat(tillhorighet).isEnded().hasPassed("Task_BeslutaTillhorighet", "Task_RegistreraTillhorighet")
                .hasPassed("EndEvent_TillhorEfh")
                .variables().containsEntry(TILLHORIGHET, "EFH").doesNotContainKey(Falt.UTREDNING_ANTECKNING.nyckel());
        Tillhorighetsutredning sparad = utredningar.findFirstByArendeIdOrderByIdDesc(arende.getId()).orElseThrow();
        assertThat(sparad.getBeslut()).isEqualTo(Tillhorighet.EFH);
        assertThat(sparad.getBehov().missbruk()).isTrue();
        assertThat(sparad.getAnteckning()).isEqualTo("Utredd vid nybesök");
        assertThat(sparad.getHemloshetssituation()).isEqualTo(Hemloshetssituation.AKUT_HEMLOS);
    }

    @Test
    void kontaktMedStadsdelGerUppgiftenLankaTillStadsdelOchAvslutarArendet() {
        complete(Uppgifter.medFormular(tillhorighet.getId()), utredning("ja", "SODERMALM", "nej"));

        Task lanka = Uppgifter.medFormular(tillhorighet.getId());
        assertThat(tillhorighet).isWaitingAt(TASK_LANKA_TILL_STADSDEL);
        assertThat(lanka).hasCandidateGroup("mottagningen");
        assertThat(Uppgifter.formular(lanka)).isEqualTo("tillhorighet-lanka-till-stadsdel");

        complete(lanka, withVariables(Falt.STADSDEL.nyckel(), "SODERMALM", Falt.OVERLAMNINGSDATUM.nyckel(), "2026-11-20",
                Falt.OVERLAMNINGSSATT.nyckel(), "GEMENSAMT_MOTE", Falt.KONTAKTPERSON.nyckel(), "Stina Socialsekreterare"));

        assertThat(tillhorighet).isEnded().hasPassed("EndEvent_LankadTillStadsdel");
        Overlamning overlamning = overlamningar.findByArendeId(arende.getId()).orElseThrow();
        assertThat(overlamning.getMottagare()).isEqualTo("Södermalm stadsdelsförvaltning");
        assertThat(overlamning.getOverlamningsdatum()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(overlamning.getSatt()).isEqualTo(Overlamningssatt.GEMENSAMT_MOTE);
        Arende avslutat = arenden.hamta(arende.getArendenummer());
        assertThat(avslutat.getStatus()).isEqualTo(ArendeStatus.LANKAD_TILL_STADSDEL);
        assertThat(avslutat.getAvslutad()).isEqualTo(LocalDate.of(2026, 11, 20));
        // where the case went shows on the case, not only in the engine's history
        assertThat(new se.hemvag.Http(port).get("/api/arenden/" + arende.getArendenummer(), "handlaggare-mottagningen", "demo")
                .body()).contains("\"overlamnadTill\":\"Södermalm stadsdelsförvaltning\"");
        assertThat(new se.hemvag.Http(port).get("/api/arenden/" + arende.getArendenummer() + "/avslut",
                "handlaggare-mottagningen", "demo").body()).contains("\"overlamnadTill\":\"Södermalm stadsdelsförvaltning\"");
    }

    @Test
    void betydandeKontaktMedBarnGerOcksaLankaTillStadsdel() {
        complete(Uppgifter.medFormular(tillhorighet.getId()), utredning("nej", null, "ja"));

        assertThat(tillhorighet).isWaitingAt(TASK_LANKA_TILL_STADSDEL);
    }

    @Test
    void underTjugoHanvisasTillRattSocialtjanst() {
        runtimeService.setVariable(tillhorighet.getId(), ArendeProcessen.ALDER, 19);
        complete(Uppgifter.medFormular(tillhorighet.getId()), utredning("nej", null, "nej"));

        Task hanvisa = Uppgifter.medFormular(tillhorighet.getId());
        assertThat(tillhorighet).isWaitingAt(TASK_HANVISA_UNDER_20);
        assertThat(hanvisa).hasCandidateGroup("mottagningen");
        assertThat(Uppgifter.formular(hanvisa)).isEqualTo("tillhorighet-hanvisa-under-20");

        complete(hanvisa, withVariables(Falt.MOTTAGARE.nyckel(), "Socialtjänsten Farsta, unga vuxna", Falt.OVERLAMNINGSDATUM.nyckel(), "2026-11-21",
                Falt.OVERLAMNINGSSATT.nyckel(), "TELEFON"));

        assertThat(tillhorighet).isEnded().hasPassed("EndEvent_HanvisadUnder20");
        assertThat(arenden.hamta(arende.getArendenummer()).getStatus()).isEqualTo(ArendeStatus.HANVISAD);
        assertThat(overlamningar.findByArendeId(arende.getId()).orElseThrow().getAnledning())
                .isEqualTo(Tillhorighet.HANVISA_UNDER_20);
    }

    @Test
    void felaktigtDatumVidOverlamningenAvvisasOchUppgiftenLigerKvar() {
        complete(Uppgifter.medFormular(tillhorighet.getId()), utredning("ja", "BROMMA", "nej"));
        Task lanka = Uppgifter.medFormular(tillhorighet.getId());

        assertThatThrownBy(() -> complete(lanka, withVariables(Falt.STADSDEL.nyckel(), "BROMMA", Falt.OVERLAMNINGSDATUM.nyckel(), "20/11/2026",
                Falt.OVERLAMNINGSSATT.nyckel(), "TELEFON")))
                .isInstanceOf(OgiltigtFormularException.class)
                .hasMessageContaining("ÅÅÅÅ-MM-DD");

        assertThat(tillhorighet).isWaitingAt(TASK_LANKA_TILL_STADSDEL);
        assertThat(overlamningar.findByArendeId(arende.getId())).isEmpty();
        assertThat(arenden.hamta(arende.getArendenummer()).getStatus()).isEqualTo(ArendeStatus.TILLHORIGHETSUTREDNING);
    }

    static VariableMap utredning(String kontaktStadsdel, String stadsdel, String kontaktBarn) {
        return Variables.fromMap(Map.of(
                        Falt.KONTAKT_STADSDEL.nyckel(), kontaktStadsdel, Falt.KONTAKT_BARN.nyckel(), kontaktBarn,
                        Falt.HEMLOSHETSSITUATION.nyckel(), "AKUT_HEMLOS", Falt.UTREDNING_ANTECKNING.nyckel(), "Utredd vid nybesök"))
                .putValue(Falt.STADSDEL.nyckel(), stadsdel);
    }
}
