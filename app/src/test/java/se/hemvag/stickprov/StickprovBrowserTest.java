package se.hemvag.stickprov;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Webblasare;
import se.hemvag.arende.Arende;

/** The demo utredningssekreterare opens a drawn investigation in Tasklist, reads the case and records the review. */
@HemvagSpringTest
@Tag("browser")
@ExtendWith(Webblasare.Extension.class)
class StickprovBrowserTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine processEngine;
    @Autowired TaskService taskService;
    @Autowired Arendeforlopp forlopp;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void aterstallKlockan() {
        ClockUtil.reset();
    }

    @Test
    void utredningssekreterarenGranskarEttStickprovITasklist(Webblasare webblasare) {
        StickprovProcessTest.klockan(LocalDateTime.of(2028, 10, 9, 12, 0));
        Arende arende = forlopp.pagaende("behovEkonomi", Map.of());
        HistoricProcessInstance oktober = StickprovProcessTest.schemat(processEngine, LocalDate.of(2028, 11, 1));
        ClockUtil.reset();
        List<Task> uppgifter = StickprovProcessTest.granskningar(taskService, oktober.getId());
        assertThat(uppgifter).hasSize(2);
        Task uppgift = uppgifter.get(0);
        Long stickprovId = (Long) taskService.getVariable(uppgift.getId(), StickprovProcessen.STICKPROV_ID);

        webblasare.loggaInITasklist(port, "utredningssekreterare", "Stickprov att granska");
        webblasare.oppnaFilter("Stickprov att granska");
        webblasare.oppnaOchHamtaUppgift("Granska barnperspektivet i utredningen", arende.getArendenummer());
        // the task shows which case and investigation, and the client's history in the case is readable
        webblasare.vantaPaSynlig(Webblasare.falt("stickprovBarn-0"));
        assertThat(webblasare.driver().findElement(Webblasare.falt("arendenummer")).getAttribute("value"))
                .isEqualTo(arende.getArendenummer());
        assertThat(webblasare.driver().findElement(Webblasare.falt("granskadUtredning")).getAttribute("value"))
                .endsWith("2028-10-09");
        webblasare.skarmbild("stickprov-1-granskning");

        // a remark without a comment is refused with the app's Swedish message, and the task stays open
        webblasare.klicka(Webblasare.falt("stickprovBarn-0"));
        webblasare.klicka(Webblasare.falt("stickprovBeaktat-1"));
        webblasare.klicka(Webblasare.falt("stickprovDokumenterat-1"));
        webblasare.klicka(Webblasare.falt("stickprovOrosanmalan-2"));
        webblasare.klicka(Webblasare.falt("stickprovBedomning-1"));
        webblasare.slutforUppgift();
        webblasare.vantaPaSynlig(By.xpath("//*[contains(text(),'vad anmärkningen gäller')]"));
        webblasare.skarmbild("stickprov-2-anmarkning-utan-kommentar");
        assertThat(taskService.createTaskQuery().taskId(uppgift.getId()).count()).isOne();

        // Tasklist 7.24 keeps Complete disabled after a refused submit until the page is reloaded
        webblasare.driver().navigate().refresh();
        webblasare.klicka(webblasare.hittaIListan("Granska barnperspektivet i utredningen", arende.getArendenummer()));
        webblasare.vantaPaSynlig(Webblasare.falt("stickprovBarn-0"));
        webblasare.klicka(By.xpath("//a[contains(.,'Klientens historik')]"));
        webblasare.vantaPaSynlig(By.xpath("//section[contains(@class,'hemvag-klienthistorik')]//strong[contains(.,'Ansökan')]"));
        assertThat(webblasare.driver().findElement(By.cssSelector(".hemvag-klienthistorik")).getText())
                .contains(arende.getKlient().namn(), arende.getArendenummer());
        webblasare.skarmbild("stickprov-3-klientens-historik");
        webblasare.klicka(By.xpath("//a[contains(.,'Formulär')]"));
        webblasare.vantaPaSynlig(Webblasare.falt("stickprovBarn-0"));

        String vilken = (String) taskService.getVariableLocal(uppgift.getId(), StickprovProcessen.GRANSKAD_UTREDNING);
        webblasare.klicka(Webblasare.falt("stickprovBarn-0"));
        webblasare.klicka(Webblasare.falt("stickprovBeaktat-1"));
        webblasare.klicka(Webblasare.falt("stickprovDokumenterat-1"));
        webblasare.klicka(Webblasare.falt("stickprovOrosanmalan-2"));
        webblasare.klicka(Webblasare.falt("stickprovBedomning-1"));
        webblasare.skriv("stickprovKommentar", "Klienten har umgänge med barn; det är inte bedömt i utredningen");
        webblasare.skarmbild("stickprov-4-ifylld");
        webblasare.slutforUppgift();

        webblasare.vantaTills(d -> taskService.createTaskQuery().taskId(uppgift.getId()).count() == 0);
        Map<String, Object> rad = jdbc.queryForMap("select * from stickprov where id = ?", stickprovId);
        assertThat(rad).containsEntry("BARN", "JA").containsEntry("BARNPERSPEKTIV_BEAKTAT", "NEJ")
                .containsEntry("OROSANMALAN", "SAKNAS").containsEntry("BEDOMNING", "ANMARKNING")
                .containsEntry("GRANSKAD_AV", "utredningssekreterare")
                .containsEntry("KOMMENTAR", "Klienten har umgänge med barn; det är inte bedömt i utredningen");
        assertThat(vilken).isNotBlank();
    }
}
