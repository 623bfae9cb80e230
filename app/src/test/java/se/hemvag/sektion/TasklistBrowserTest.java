package se.hemvag.sektion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Testklienter;
import se.hemvag.Webblasare;
import se.hemvag.ansokan.Ansokningsmottagning;
import se.hemvag.arende.Arende;
import se.hemvag.klient.Identitetsnummer;
import se.hemvag.klient.Klient;
import se.hemvag.klient.KlientTabeller;
import se.hemvag.klient.Kon;
import se.hemvag.tillhorighet.TillhorighetTabeller;

/** A caseworker's day in Camunda Tasklist, in headless Chromium. */
@HemvagSpringTest
@Tag("browser")
@ExtendWith(Webblasare.Extension.class)
class TasklistBrowserTest {

    @LocalServerPort int port;
    @Autowired Ansokningsmottagning mottagning;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired TillhorighetTabeller utredningar;
    @Autowired KlientTabeller klienter;

    @Test
    void mottagningenUtforTillhorighetsutredningenOchVuxensektionenSerDenAldrig(Webblasare webblasare) {
        Arende utreds = mottagning.registreraOchStarta(Testklienter.ansokan(), "handlaggare-mottagningen");
        Arende vantar = mottagning.registreraOchStarta(Testklienter.ansokan(), "handlaggare-mottagningen");

        webblasare.loggaInITasklist(port, "handlaggare-mottagningen");
        webblasare.oppnaFilter("Sektionens uppgifter – Hemlöshetsmottagningen");
        webblasare.klicka(webblasare.hittaIListan("Utför tillhörighetsutredning", utreds.getArendenummer()));
        // the form is read-only until the caseworker claims the task
        webblasare.klicka(webblasare.vantaPaSynlig(By.cssSelector("button.claim")));
        webblasare.vantaTills(d -> d.findElements(By.cssSelector(".disabled-form")).isEmpty());
        webblasare.vantaPaSynlig(Webblasare.falt("kontaktStadsdel-1"));
        assertThat(webblasare.driver().findElement(Webblasare.falt("arendenummer")).getAttribute("value"))
                .isEqualTo(utreds.getArendenummer());

        // "Ja" without saying which district: refused in the browser, and the task stays open
        webblasare.klicka(Webblasare.falt("kontaktStadsdel-0"));
        webblasare.klicka(By.cssSelector("button[ng-click='complete()']"));
        webblasare.vantaPaSynlig(By.cssSelector(".fjs-form-field-error"));
        webblasare.skarmbild("0-mottagningen-ofullstandigt-formular");
        assertThat(oppenTillhorighetsuppgift(utreds)).isNotNull();
        // Tasklist 7.24 keeps Complete disabled after a refused submit until the page is reloaded
        webblasare.driver().navigate().refresh();
        webblasare.klicka(webblasare.hittaIListan("Utför tillhörighetsutredning", utreds.getArendenummer()));
        webblasare.vantaPaSynlig(Webblasare.falt("kontaktStadsdel-1"));

        webblasare.klicka(Webblasare.falt("kontaktStadsdel-1"));
        webblasare.klicka(Webblasare.falt("kontaktBarn-1"));
        WebElement situation = webblasare.driver().findElement(Webblasare.falt("hemloshetssituation"))
                .findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"));
        webblasare.klicka(situation.findElement(By.cssSelector(".fjs-input-group")));
        webblasare.klicka(situation.findElements(By.cssSelector(".fjs-dropdownlist-item")).get(0));
        webblasare.klicka(Webblasare.falt("behovMissbruk"));
        webblasare.driver().findElement(Webblasare.falt("utredningAnteckning")).sendKeys("Utredd i Tasklist <b>fet</b>");
        webblasare.skarmbild("1-mottagningen-tillhorighetsutredning");
        webblasare.klicka(By.cssSelector("button[ng-click='complete()']"));

        webblasare.vantaTills(d -> oppenTillhorighetsuppgift(utreds) == null);
        Task paborja = taskService.createTaskQuery().processInstanceBusinessKey(utreds.getArendenummer()).singleResult();
        assertThat(paborja.getTaskDefinitionKey()).isEqualTo("Task_PaborjaUtredning");
        assertThat(taskService.createTaskQuery().taskId(paborja.getId()).taskCandidateGroup("vuxen").count()).isOne();
        assertThat(utredningar.senaste(utreds.getId()).orElseThrow().getAnteckning())
                .isEqualTo("Utredd i Tasklist <b>fet</b>");

        webblasare.loggaUt();
        webblasare.loggaInITasklist(port, "handlaggare-vuxen");
        List<String> filter = webblasare.driver().findElements(By.cssSelector(".task-filters .task-filter")).stream()
                .map(WebElement::getText).toList();
        assertThat(String.join("|", filter)).contains("Sektionens uppgifter – Vuxensektionen", "Mina uppgifter")
                .doesNotContain("Hemlöshetsmottagningen");
        webblasare.oppnaFilter("Sektionens uppgifter – Vuxensektionen");
        webblasare.hittaIListan("Påbörja utredning", utreds.getArendenummer());
        webblasare.skarmbild("2-vuxen-sektionens-uppgifter");
        String sida = webblasare.driver().findElement(By.tagName("body")).getText();
        assertThat(sida).doesNotContain("Utför tillhörighetsutredning").doesNotContain(vantar.getArendenummer());

        webblasare.oppnaFilter("Mina uppgifter");
        webblasare.vantaTills(d -> !d.findElements(By.cssSelector(".tasks-list, .no-tasks, .alert")).isEmpty());
        assertThat(webblasare.driver().findElement(By.tagName("body")).getText())
                .doesNotContain("Utför tillhörighetsutredning").doesNotContain(vantar.getArendenummer());
    }

    @Test
    void tasklistArPaSvenskaUtanLeverantorensBannerOchUtanFristaendeUppgifter(Webblasare webblasare) {
        webblasare.loggaInITasklist(port, "handlaggare-mottagningen");
        webblasare.vantaPaSynlig(By.xpath("//a[contains(.,'Starta process')]"));
        String sida = webblasare.driver().findElement(By.tagName("body")).getText();
        assertThat(sida).contains("Sektionens uppgifter", "Starta process")
                .doesNotContain("Start process", "Create task", "Skapa uppgift", "migrate to Camunda 8");
        assertThat(webblasare.driver().findElements(By.cssSelector(".ce-eol-banner, .create-task-action")))
                .noneMatch(WebElement::isDisplayed);

        // form-js's own validation, in Swedish: a date that is not ÅÅÅÅ-MM-DD
        webblasare.startaProcess("Ärende: process ur hemlöshet");
        webblasare.vantaPaSynlig(Webblasare.falt("fodelsedatum")).sendKeys("7/3/1980");
        webblasare.klicka(By.cssSelector("button[ng-click='startProcessInstance()']"));
        webblasare.vantaPaSynlig(By.xpath("//*[contains(@class,'fjs-form-field-error')]//li[contains(.,'Skriv datumet som ÅÅÅÅ-MM-DD')]"));
        webblasare.skarmbild("3a-mottagningen-svenskt-datumfel");
        assertThat(webblasare.driver().findElement(By.tagName("body")).getText())
                .doesNotContain("must match pattern", "Field is required");
    }

    @Test
    void klientensHistorikFinnsPaVarjeUppgift(Webblasare webblasare) {
        Arende arende = mottagning.registreraOchStarta(Testklienter.ansokan(), "handlaggare-mottagningen");

        webblasare.loggaInITasklist(port, "handlaggare-mottagningen");
        webblasare.klicka(webblasare.hittaIListan("Utför tillhörighetsutredning", arende.getArendenummer()));
        webblasare.klicka(By.xpath("//a[contains(.,'Klientens historik')]"));
        webblasare.vantaPaSynlig(By.xpath("//section[contains(@class,'hemvag-klienthistorik')]//strong[contains(.,'Ansökan')]"));
        webblasare.skarmbild("3b-mottagningen-klientens-historik");
        assertThat(webblasare.driver().findElement(By.cssSelector(".hemvag-klienthistorik")).getText())
                .contains(arende.getKlient().namn(), arende.getArendenummer(), "Registrerat av");
    }

    @Test
    void mottagningenRegistrerarEnAnsokanMedStartformularet(Webblasare webblasare) {
        String personnummer = Identitetsnummer.syntetiskt(LocalDate.of(1979, 8, 14), 7, Kon.MAN);
        String felKontrollsiffra = personnummer.substring(0, 12) + (char) ('0' + (personnummer.charAt(12) - '0' + 1) % 10);

        webblasare.loggaInITasklist(port, "handlaggare-mottagningen");
        webblasare.startaProcess("Ärende: process ur hemlöshet");
        webblasare.vantaPaSynlig(Webblasare.falt("identitetsnummer")).sendKeys(felKontrollsiffra);
        webblasare.driver().findElement(Webblasare.falt("fornamn")).sendKeys("Sara");
        webblasare.driver().findElement(Webblasare.falt("efternamn")).sendKeys("Startformulär");
        webblasare.driver().findElement(Webblasare.falt("anteckning")).sendKeys("Kom på nybesök");
        webblasare.klicka(By.cssSelector("button[ng-click='startProcessInstance()']"));

        // the check digit is refused with the app's own Swedish message, and nothing is saved
        webblasare.vantaPaSynlig(By.xpath("//*[contains(text(),'Kontrollsiffran')]"));
        webblasare.skarmbild("3-mottagningen-fel-kontrollsiffra");
        assertThat(klienter.medIdentitetsnummer(felKontrollsiffra)).isEmpty();

        WebElement nummer = webblasare.driver().findElement(Webblasare.falt("identitetsnummer"));
        nummer.clear();
        nummer.sendKeys(personnummer);
        webblasare.klicka(By.cssSelector("button[ng-click='startProcessInstance()']"));

        webblasare.vantaTills(d -> klienter.medIdentitetsnummer(personnummer).isPresent());
        Klient klient = klienter.medIdentitetsnummer(personnummer).orElseThrow();
        assertThat(klient.namn()).isEqualTo("Sara Startformulär");
        Task uppgift = taskService.createTaskQuery().taskCandidateGroup("mottagningen")
                .processVariableValueEquals("klientNamn", "Sara Startformulär").singleResult();
        String arendenummer = runtimeService.createProcessInstanceQuery()
                .processInstanceId(uppgift.getProcessInstanceId()).singleResult().getBusinessKey();
        assertThat(arendenummer).matches("\\d{4}-\\d{5}");

        webblasare.oppna("http://localhost:" + port + "/camunda/app/tasklist/default/");
        webblasare.oppnaFilter("Sektionens uppgifter – Hemlöshetsmottagningen");
        webblasare.hittaIListan("Utför tillhörighetsutredning", arendenummer);
        webblasare.skarmbild("4-mottagningen-ny-ansokan-i-listan");
    }

    private Task oppenTillhorighetsuppgift(Arende arende) {
        return taskService.createTaskQuery().processInstanceBusinessKey(arende.getArendenummer())
                .taskDefinitionKey("Task_Tillhorighetsutredning").singleResult();
    }
}
