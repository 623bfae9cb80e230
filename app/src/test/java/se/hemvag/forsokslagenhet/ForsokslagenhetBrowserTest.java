package se.hemvag.forsokslagenhet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Webblasare;
import se.hemvag.arende.Arende;
import se.hemvag.audit.Atkomst;
import se.hemvag.audit.AtkomstTabeller;
import se.hemvag.audit.Atkomsttyp;

/**
 * In Tasklist: Vuxensektionen applies for a trial apartment and grants it; administrationen plans
 * a Lägenhetsinfo session and registers the client's attendance and evaluation.
 */
@HemvagSpringTest
@Tag("browser")
@ExtendWith(Webblasare.Extension.class)
class ForsokslagenhetBrowserTest {

    @LocalServerPort int port;
    @Autowired Arendeforlopp forlopp;
    @Autowired Forsoksforlopp forsok;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired ForsokslagenhetRepository forsokslagenheter;
    @Autowired LagenhetsinfoKallelseRepository kallelser;
    @Autowired AtkomstTabeller atkomstlogg;

    @Test
    void ansokanBeslutLagenhetsinfoOchNarvaroITasklist(Webblasare webblasare) {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        String nr = arende.getArendenummer();
        String idag = LocalDate.now().toString();

        webblasare.loggaInITasklist(port, "handlaggare-vuxen");
        webblasare.startaProcess("Försökslägenhet");
        webblasare.skriv("arendenummer", nr);
        webblasare.klicka(Webblasare.falt("ekonomiUtredd"));
        webblasare.skriv("stabilitet", "Drogfri i ett år, deltar i öppenvård");
        webblasare.skarmbild("10-vuxen-ansokan-forsokslagenhet");
        webblasare.klicka(By.cssSelector("button[ng-click='startProcessInstance()']"));
        webblasare.vantaTills(d -> forsok.process(arende) != null);
        ProcessInstance process = forsok.process(arende);

        webblasare.driver().navigate().refresh();
        webblasare.oppnaFilter("Sektionens uppgifter – Vuxensektionen");
        webblasare.oppnaOchHamtaUppgift("Besluta om försökslägenhet", nr);
        assertThat(webblasare.vantaPaSynlig(Webblasare.falt("stabilitet")).getAttribute("value")).contains("Drogfri");
        webblasare.klicka(Webblasare.falt("forsokslagenhetBeslut-0"));
        webblasare.skriv("forsokslagenhetBeslutsdatum", idag);
        webblasare.skriv("forsokslagenhetMotivering", "Redo: ekonomin utredd och stabil i behandlingen");
        webblasare.skarmbild("11-vuxen-beslut-forsokslagenhet");
        webblasare.slutforUppgift();
        webblasare.vantaTills(d -> forsokslagenheter.findByArendeIdOrderById(arende.getId()).get(0).getStatus()
                == ForsokslagenhetStatus.BEVILJAD);
        forsok.lagenhetOchBoendestod(process);
        webblasare.loggaUt();

        webblasare.loggaInITasklist(port, "handlaggare-administrationen");
        webblasare.startaProcess("Lägenhetsinfo");
        webblasare.skriv("tillfalleDatum", LocalDate.now().plusDays(3).toString());
        webblasare.skriv("tillfalleKlockslag", "13:00");
        webblasare.skriv("plats", "Enheten för hemlösa, stora rummet");
        webblasare.skriv("kapacitet", "12");
        webblasare.skriv("ledare", "Boendesamordnaren");
        // leave the field, so form-js has the last value before the dialog submits
        webblasare.driver().findElement(Webblasare.falt("ledare")).sendKeys(Keys.TAB);
        webblasare.skarmbild("12-administrationen-planera-lagenhetsinfo");
        webblasare.klicka(By.cssSelector("button[ng-click='startProcessInstance()']"));
        webblasare.vantaTills(d -> kallelser.findByForsokslagenhetIdOrderById(
                forsokslagenheter.findByArendeIdOrderById(arende.getId()).get(0).getId()).get(0).getTillfalleId() != null);

        // the hour of the client's session comes
        Long tillfalleId = kallelser.findByForsokslagenhetIdOrderById(
                forsokslagenheter.findByArendeIdOrderById(arende.getId()).get(0).getId()).get(0).getTillfalleId();
        ProcessInstance tillfalle = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ForsokslagenhetProcessen.LAGENHETSINFO_PROCESS_ID)
                .variableValueEquals(ForsokslagenhetProcessen.TILLFALLE_ID, tillfalleId).singleResult();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(tillfalle.getId()).singleResult().getId());

        webblasare.driver().navigate().refresh();
        webblasare.oppnaFilter("Sektionens uppgifter – Administrationen");
        webblasare.oppnaOchHamtaUppgift("Registrera närvaro och utvärdering", nr);
        assertThat(webblasare.driver().findElements(Webblasare.falt("parmUtdelad"))).as("dolt tills klienten kom").isEmpty();
        webblasare.klicka(Webblasare.falt("narvaro-0"));
        webblasare.valj("betyg", "5 – mycket bra");
        webblasare.skriv("utvardering", "Bra att veta vad hyreslagen kräver");
        webblasare.klicka(Webblasare.falt("parmUtdelad"));
        webblasare.skarmbild("13-administrationen-narvaro-lagenhetsinfo");
        webblasare.slutforUppgift();

        webblasare.vantaTills(d -> runtimeService.getActiveActivityIds(process.getId())
                .contains(ForsokslagenhetProcessen.TASK_INFLYTTNING));
        LagenhetsinfoKallelse kallelse = kallelser.findByForsokslagenhetIdOrderById(
                forsokslagenheter.findByArendeIdOrderById(arende.getId()).get(0).getId()).get(0);
        assertThat(kallelse.getNarvarande()).isTrue();
        assertThat(kallelse.getBetyg()).isEqualTo(5);
        assertThat(kallelse.getParmUtdelad()).isTrue();

        // what the caseworkers did in Tasklist is in the access log, on the client's case
        assertThat(atkomstlogg.senasteForArende(nr, 100))
                .filteredOn(a -> a.getVad().startsWith("POST /camunda/api/engine/engine/default/task/")
                        && a.getVad().endsWith("/submit-form"))
                .extracting(Atkomst::getAnvandare, Atkomst::getAtgard, Atkomst::getKlientId)
                .contains(tuple("handlaggare-vuxen", Atkomsttyp.ANDRING, arende.getKlient().getId()),
                        tuple("handlaggare-administrationen", Atkomsttyp.ANDRING, arende.getKlient().getId()));
        assertThat(atkomstlogg.senasteForArende(nr, 100))
                .anyMatch(a -> a.getAnvandare().equals("handlaggare-administrationen") && a.getAtgard() == Atkomsttyp.LASNING
                        && a.getVad().contains("/form-variables"))
                .anyMatch(a -> a.getAnvandare().equals("handlaggare-vuxen") && a.getAtgard() == Atkomsttyp.LASNING
                        && a.getVad().startsWith("Uppgiftslista: POST /camunda/api/engine/engine/default/filter/"));
    }
}
