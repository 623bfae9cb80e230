package se.hemvag.processversion;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Webblasare;
import se.hemvag.arende.Arende;

/** The process owner moves running cases to a new version in Cockpit, in headless Chromium. */
@HemvagSpringTest
@Tag("browser")
@ExtendWith(Webblasare.Extension.class)
class ProcessversionerBrowserTest {

    @LocalServerPort int port;
    @Autowired Arendeforlopp forlopp;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    @Test
    void processagarenSerPlanenOchFlyttarArendenaICockpit(Webblasare webblasare) {
        Arende arende = forlopp.underUtredning("behovMissbruk");
        try (Testversioner versioner = Testversioner.avArendet(repository, runtime, management)) {
            String ny = versioner.driftsatt("2.1.1-webblasare", bpmn -> bpmn);

            webblasare.oppna("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/"
                    + versioner.appens() + "/runtime");
            webblasare.vantaPaSynlig(By.cssSelector("input[ng-model=username]")).sendKeys("processagare");
            webblasare.driver().findElement(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
            webblasare.klicka(By.cssSelector("button[type=submit]"));

            webblasare.klicka(By.xpath("//a[contains(.,'Flytta pågående ärenden')]"));
            webblasare.vantaPaSynlig(By.cssSelector(".hemvag-versioner"));
            webblasare.klicka(By.cssSelector(".hemvag-visa-plan"));
            webblasare.vantaPaSynlig(By.cssSelector(".hemvag-flyttplan"));
            assertThat(webblasare.driver().findElements(By.cssSelector(".hemvag-flyttfel"))).isEmpty();
            webblasare.skarmbild("9-processagare-flyttplan");

            webblasare.klicka(By.cssSelector(".hemvag-flytta"));
            webblasare.klicka(By.cssSelector(".hemvag-bekrafta"));
            webblasare.vantaPaSynlig(By.cssSelector(".hemvag-flyttad"));
            webblasare.skarmbild("9b-processagare-flyttad");
            String text = webblasare.driver().findElement(By.cssSelector(".hemvag-flyttad")).getText();
            assertThat(text).contains("flyttas i batchen");

            versioner.kor(text.replaceAll(".*batchen (\\S+)\\..*", "$1"));
            assertThat(forlopp.process(arende).getProcessDefinitionId()).isEqualTo(ny);
        }
    }
}
