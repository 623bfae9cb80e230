package se.hemvag.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Testklienter;
import se.hemvag.Webblasare;
import se.hemvag.ansokan.Ansokningsmottagning;

/** What ledning sees in Cockpit, in headless Chromium. */
@HemvagSpringTest
@Tag("browser")
@ExtendWith(Webblasare.Extension.class)
class CockpitBrowserTest {

    @LocalServerPort int port;
    @Autowired Ansokningsmottagning mottagning;
    @Autowired RuntimeService runtimeService;

    @Test
    void ledningenSerDePagaendeArendenaICockpit(Webblasare webblasare) {
        mottagning.registreraOchStarta(Testklienter.ansokan(), "handlaggare-mottagningen");
        long pagaende = runtimeService.createProcessInstanceQuery().processDefinitionKey("ArendeProcess").count();

        webblasare.oppna("http://localhost:" + port + "/camunda/app/cockpit/default/#/processes");
        webblasare.vantaPaSynlig(By.cssSelector("input[ng-model=username]")).sendKeys("chef");
        webblasare.driver().findElement(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
        webblasare.klicka(By.cssSelector("button[type=submit]"));

        By arendeRad = By.xpath("//tr[.//a[contains(.,'ArendeProcess')]]//td[contains(@class,'instances')]");
        webblasare.vantaTills(d -> !d.findElements(arendeRad).isEmpty()
                && d.findElement(arendeRad).getText().strip().equals(String.valueOf(pagaende)));
        webblasare.skarmbild("5-ledning-cockpit-processer");
        assertThat(webblasare.driver().findElement(arendeRad).getText().strip()).isEqualTo(String.valueOf(pagaende));
    }

    @Test
    void ledningenLaserKlientensHistorikPaProcessinstansen(Webblasare webblasare) {
        var arende = mottagning.registreraOchStarta(Testklienter.ansokan(), "handlaggare-mottagningen");
        String instans = runtimeService.createProcessInstanceQuery().processDefinitionKey("ArendeProcess")
                .processInstanceBusinessKey(arende.getArendenummer()).singleResult().getId();

        webblasare.oppna("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + instans + "/runtime");
        webblasare.vantaPaSynlig(By.cssSelector("input[ng-model=username]")).sendKeys("chef");
        webblasare.driver().findElement(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
        webblasare.klicka(By.cssSelector("button[type=submit]"));

        webblasare.klicka(By.xpath("//a[contains(.,'Klientens historik')]"));
        webblasare.vantaPaSynlig(By.xpath("//section[contains(@class,'hemvag-klienthistorik')]//*[contains(.,'Ansökan')]"));
        webblasare.skarmbild("5b-ledning-cockpit-klientens-historik");
        assertThat(webblasare.driver().findElement(By.cssSelector(".hemvag-klienthistorik")).getText())
                .contains(arende.getKlient().namn(), arende.getArendenummer());
    }
}
