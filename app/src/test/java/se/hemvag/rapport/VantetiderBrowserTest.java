package se.hemvag.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Webblasare;
import se.hemvag.arende.ArendeProcessen;

/** Ledning sees where cases wait on the case process's diagram in Cockpit, in its tab, and on the dashboard. */
@HemvagSpringTest
@Tag("browser")
@ExtendWith(Webblasare.Extension.class)
class VantetiderBrowserTest {

    @LocalServerPort int port;
    @Autowired Arendeforlopp forlopp;
    @Autowired RepositoryService repository;

    @Test
    void ledningenSerVantetidernaPaDiagrammetIFlikenOchPaEnhetensResultat(Webblasare webblasare) {
        forlopp.underUtredning("behovMissbruk");
        forlopp.pagaende("behovMissbruk", Map.of());
        String arendeprocessen = repository.createProcessDefinitionQuery().processDefinitionKey(ArendeProcessen.PROCESS_ID)
                .latestVersion().singleResult().getId();

        webblasare.oppna("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/" + arendeprocessen
                + "/runtime");
        webblasare.vantaPaSynlig(By.cssSelector("input[ng-model=username]")).sendKeys("chef");
        webblasare.driver().findElement(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
        webblasare.klicka(By.cssSelector("button[type=submit]"));

        // a badge on each of the case process's stages: the belonging investigation, the section's, the decision,
        // the contact attempts and the closure
        WebElement beslut = webblasare.vantaPaSynlig(By.cssSelector(".hemvag-vantetid[data-steg='beslut']"));
        assertThat(beslut.getText()).contains("ärende", "median", "p90");
        assertThat(beslut.getAttribute("title")).startsWith("Beslut, Hela enheten: ");
        assertThat(webblasare.driver().findElements(By.cssSelector(".hemvag-vantetid")))
                .extracting(e -> e.getAttribute("data-steg"))
                .containsExactlyInAnyOrder("tillhorighetsutredning", "sektionens-utredning", "beslut", "avslutsblankett",
                        "kontaktforsok");
        webblasare.skarmbild("22-cockpit-vantetider-diagram");

        webblasare.klicka(By.xpath("//a[contains(.,'Var ärendena väntar')]"));
        webblasare.vantaPaSynlig(By.cssSelector(".hemvag-vantetider-tabell"));
        assertThat(webblasare.driver().findElements(By.cssSelector(".hemvag-vantetider-tabell tr[data-steg='beslut']")))
                .hasSize(5);
        assertThat(webblasare.driver().findElement(By.cssSelector(".hemvag-vantetider-tabell tbody tr")).getAttribute("class"))
                .contains("hemvag-i-processen");
        webblasare.skarmbild("23-cockpit-vantetider-flik");

        webblasare.oppna("http://localhost:" + port + "/enhetens-resultat/");
        webblasare.vantaPaSynlig(By.id("vantetider-tabell"));
        assertThat(webblasare.driver().findElement(By.cssSelector("#vantetider h2")).getText()).isEqualTo("Var ärendena väntar");
        assertThat(webblasare.driver().findElements(By.cssSelector("#vantetider-tabell tr[data-sektion='hela-enheten']")))
                .hasSize(Vantesteg.values().length);
        ((JavascriptExecutor) webblasare.driver()).executeScript("document.getElementById('vantetider').scrollIntoView()");
        webblasare.skarmbild("24-enhetens-resultat-vantetider");

        new Select(webblasare.driver().findElement(By.id("sektion"))).selectByVisibleText("Vuxensektionen");
        webblasare.vantaTills(d -> d.findElements(By.cssSelector("#vantetider-tabell tr[data-sektion='hela-enheten']")).isEmpty()
                && d.findElements(By.cssSelector("#vantetider-tabell tr[data-sektion='vuxen']")).size() == Vantesteg.values().length);
        assertThat(webblasare.driver().findElement(By.cssSelector("#vantetider-tabell tr[data-steg='beslut']")).getText())
                .contains("Vuxensektionen");
    }
}
