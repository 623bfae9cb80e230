package se.hemvag.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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
import se.hemvag.Http;
import se.hemvag.Webblasare;
import se.hemvag.arende.Arende;

/** The unit's dashboard, reached from Cockpit, in headless Chromium: what it shows is what the API says. */
@HemvagSpringTest
@Tag("browser")
@ExtendWith(Webblasare.Extension.class)
class EnhetensResultatBrowserTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine processEngine;
    @Autowired Arendeforlopp forlopp;
    @Autowired ObjectMapper json;

    private BigDecimal iApiet(String id, String fraga, int rad, String kon) throws Exception {
        JsonNode varde = json.readTree(new Http(port).get("/api/indikatorer/" + id + "?" + fraga, "chef", "demo").body())
                .path("rader").get(rad).path(kon).path("varde");
        return varde.isNull() ? null : varde.decimalValue();
    }

    private static BigDecimal paSidan(WebElement element) {
        String varde = element.getAttribute("data-varde");
        return varde == null || varde.isEmpty() ? null : new BigDecimal(varde);
    }

    private static void sammaVarde(BigDecimal sida, BigDecimal api) {
        if (api == null) {
            assertThat(sida).isNull();
        } else {
            assertThat(sida).isEqualByComparingTo(api);
        }
    }

    @Test
    void ledningenGarFranCockpitTillEnhetensResultatOchSerApietsSiffror(Webblasare webblasare) throws Exception {
        BpmnAwareTests.init(processEngine);
        LocalDate idag = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        new Http(port).postJson("/api/arenden/" + arende.getArendenummer() + "/avslut", "handlaggare-vuxen", "demo", "{\"orsak\": \"MALEN_UPPNADDA\"}");
        complete(forlopp.uppgift(arende), withVariables("avslutsorsak", "MALEN_UPPNADDA", "boendeVidAvslut", "INNEBOENDE",
                "egenForsorjning", "JA", "avslutsdatum", idag.toString()));
        String iAr = "fran=" + idag.getYear() + "-01-01";

        loggaInICockpit(webblasare, "chef");
        WebElement lank = webblasare.vantaPaSynlig(By.id("hemvag-enhetens-resultat"));
        webblasare.skarmbild("19-cockpit-enhetens-resultat");
        webblasare.klicka(lank);
        webblasare.vantaPaSynlig(By.cssSelector("body[data-laddad=ja]"));
        webblasare.skarmbild("20-enhetens-resultat");

        assertThat(webblasare.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Enhetens resultat");
        // the unit's published results before Hemväg, as the report writes them, marked as imported
        assertThat(webblasare.driver().findElement(By.cssSelector("#baslinje tr[data-indikator='aterkomst-inom-ar']")).getText())
                .contains("25 % (92 individer)", "13 % (38 individer)");
        assertThat(webblasare.driver().findElement(By.id("baslinje")).getText()).contains("Importerade siffror");
        // every goal of the verksamhetsplan as a card; returns follow last year's closures, so this year has a figure
        for (String id : new String[] {"stadigvarande-boende", "aterkomst-inom-ar", "egen-forsorjning", "jobbtorg"}) {
            WebElement kort = webblasare.driver().findElement(By.cssSelector(".kort[data-indikator='" + id + "']"));
            sammaVarde(paSidan(kort.findElement(By.cssSelector(".varde"))), iApiet(id, iAr + "&indelning=AR", 0, "totalt"));
        }
        JsonNode boende = json.readTree(new Http(port).get("/api/indikatorer/stadigvarande-boende?" + iAr + "&indelning=AR",
                "chef", "demo").body()).path("rader").get(0).path("totalt");
        // the share with its numerator and denominator, as the unit writes it
        assertThat(webblasare.driver().findElement(By.cssSelector(".kort[data-indikator='stadigvarande-boende']")).getText())
                .contains("Mål: minst 40 %", "(" + boende.path("antal").asLong() + " av " + boende.path("av").asLong() + " individer)");
        assertThat(webblasare.driver().findElement(By.cssSelector(".kort[data-indikator='jobbtorg']")).getText())
                .contains("Mål: minst 25 %");
        String manad = idag.toString().substring(0, 7);
        int rad = idag.getMonthValue() - 1;
        for (String kon : new String[] {"kvinnor", "man", "totalt"}) {
            sammaVarde(paSidan(webblasare.driver().findElement(By.cssSelector("td[data-indikator='avslut'][data-period='" + manad
                    + "'][data-kon='" + kon + "']"))), iApiet("avslut", iAr + "&indelning=MANAD", rad, kon));
        }
        assertThat(webblasare.driver().findElements(By.cssSelector("figure[data-indikator='stadigvarande-boende'] path[data-kon]")))
                .hasSize(3);
        assertThat(webblasare.driver().findElements(By.cssSelector("figure[data-indikator='stadigvarande-boende'] line[data-mal]")))
                .hasSize(1);
        assertThat(webblasare.driver().findElements(By.cssSelector("section.tabell button.csv"))).hasSizeGreaterThan(15);

        new Select(webblasare.driver().findElement(By.id("sektion"))).selectByVisibleText("Vuxensektionen");
        webblasare.vantaTills(d -> d.findElement(By.id("meddelande")).getText().contains("Vuxensektionen"));
        sammaVarde(paSidan(webblasare.driver().findElement(By.cssSelector("td[data-indikator='avslut'][data-period='" + manad
                + "'][data-kon='totalt']"))), iApiet("avslut", iAr + "&indelning=MANAD&sektion=vuxen", rad, "totalt"));
        // the section's placement budget follow-up, month by month with the year's forecast
        webblasare.vantaTills(d -> d.findElements(By.cssSelector("#budget tbody tr")).size() == 12);
        assertThat(webblasare.driver().findElement(By.cssSelector("#budget .prognos")).getText()).contains("prognos för året");
        webblasare.skarmbild("21-enhetens-resultat-vuxensektionen");

        // the Cockpit login reads the API; a change through it is refused (it needs HTTP Basic)
        Object status = ((JavascriptExecutor) webblasare.driver()).executeAsyncScript("const klar = arguments[0];"
                + " fetch('/api/arenden/" + arende.getArendenummer() + "/kontakt', {method: 'POST', credentials: 'same-origin',"
                + " headers: {'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest'}, body: '{}'})"
                + ".then(s => klar(s.status), e => klar(String(e)));");
        assertThat(status).isEqualTo(401L);
    }

    private void loggaInICockpit(Webblasare webblasare, String anvandare) {
        webblasare.oppna("http://localhost:" + port + "/camunda/app/cockpit/default/#/dashboard");
        webblasare.vantaPaSynlig(By.cssSelector("input[ng-model=username]")).sendKeys(anvandare);
        webblasare.driver().findElement(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
        webblasare.klicka(By.cssSelector("button[type=submit]"));
    }

    @Test
    void tertialrapportenVisarMalenMedKonOrsakernaPerManadOchDefinitionerna(Webblasare webblasare) throws Exception {
        LocalDate idag = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        int tertial = (idag.getMonthValue() - 1) / 4 + 1;
        LocalDate fran = LocalDate.of(idag.getYear(), (tertial - 1) * 4 + 1, 1);
        loggaInICockpit(webblasare, "chef");
        webblasare.klicka(webblasare.vantaPaSynlig(By.id("hemvag-enhetens-resultat")));
        webblasare.vantaPaSynlig(By.cssSelector("body[data-laddad=ja]"));
        WebElement lank = webblasare.driver().findElement(By.cssSelector("#periodrapporter a[data-tertial='" + tertial + "']"));
        assertThat(lank.getAttribute("href")).endsWith("period.html?ar=" + idag.getYear() + "&tertial=" + tertial);
        assertThat(webblasare.driver().findElements(By.cssSelector("#periodrapporter a[data-tertial='ar']"))).hasSize(1);

        webblasare.oppna(lank.getAttribute("href"));
        webblasare.vantaPaSynlig(By.cssSelector("body[data-laddad=ja]"));
        webblasare.skarmbild("25-tertialrapport");
        assertThat(webblasare.driver().findElement(By.id("rubrik")).getText())
                .isEqualTo("Enheten för hemlösa: Tertialrapport " + idag.getYear() + " T" + tertial);
        assertThat(webblasare.driver().findElement(By.id("omfattning")).getText()).contains(fran.toString(), "hela enheten",
                "Preliminär");
        // every goal with women and men, as the API counts them, with its definition beside it
        JsonNode perioden = json.readTree(new Http(port).get("/api/indikatorer?fran=" + fran + "&till=" + idag + "&indelning=AR",
                "chef", "demo").body());
        for (String id : new String[] {"stadigvarande-boende", "aterkomst-inom-ar", "egen-forsorjning", "jobbtorg"}) {
            WebElement rad = webblasare.driver().findElement(By.cssSelector("#malen tr[data-indikator='" + id + "']"));
            JsonNode indikator = null;
            for (JsonNode i : perioden.path("indikatorer")) {
                if (i.path("id").asText().equals(id)) {
                    indikator = i;
                }
            }
            JsonNode totalt = indikator.path("rader").get(0).path("totalt");
            String cell = rad.findElement(By.cssSelector("td[data-kon='totalt']")).getText();
            if (totalt.path("av").asLong() > 0) {
                assertThat(cell).contains("(" + totalt.path("antal").asLong() + " av " + totalt.path("av").asLong() + " individer)");
            } else {
                assertThat(cell).startsWith("–");
            }
            assertThat(rad.findElements(By.cssSelector("td[data-kon]"))).hasSize(3);
            assertThat(rad.findElement(By.cssSelector("td.definition")).getText()).isEqualTo(indikator.path("definition").asText());
        }
        assertThat(webblasare.driver().findElements(By.cssSelector("#avslutsorsaker thead th")))
                .as("orsak, varje månad i tertialet hittills, perioden").hasSize(idag.getMonthValue() - fran.getMonthValue() + 3);
        assertThat(webblasare.driver().findElement(By.cssSelector("#avslutsorsaker tr[data-grupp='KONTAKT_UPPHORT']")).getText())
                .startsWith("Kontakten upphörde");
        for (String avsnitt : new String[] {"boende", "flode", "placeringar", "sip", "forsokslagenheter"}) {
            assertThat(webblasare.driver().findElements(By.cssSelector("#" + avsnitt + " .indikator p.definition"))).isNotEmpty();
        }
        assertThat(webblasare.driver().findElements(By.cssSelector("#placeringar td[data-grupp='hela-enheten']"))).hasSize(6);

        webblasare.oppna("http://localhost:" + port + "/enhetens-resultat/period.html?ar=" + idag.getYear() + "&tertial=4");
        webblasare.vantaTills(d -> d.findElement(By.id("meddelande")).getText().contains("tertial 1, 2 eller 3"));
    }

    @Test
    void gruppledarenGarFranTasklistTillSinSektionsSiffror(Webblasare webblasare) {
        webblasare.loggaInITasklist(port, "gruppledare-vuxen");
        webblasare.klicka(webblasare.vantaPaSynlig(By.id("hemvag-enhetens-resultat")));
        webblasare.vantaTills(d -> "ja".equals(d.findElement(By.tagName("body")).getAttribute("data-laddad")));
        webblasare.skarmbild("19b-gruppledare-enhetens-resultat");

        WebElement sektion = webblasare.driver().findElement(By.id("sektion"));
        assertThat(sektion.findElements(By.tagName("option"))).extracting(WebElement::getText).containsExactly("Vuxensektionen");
        assertThat(webblasare.driver().findElement(By.id("meddelande")).getText()).contains("Vuxensektionen")
                .doesNotContain("HTTP 403");
        assertThat(webblasare.driver().findElements(By.cssSelector("#diagram svg circle title"))).isNotEmpty();
    }

    @Test
    void enHandlaggareFarIngenLankTillSiffrorna(Webblasare webblasare) {
        webblasare.loggaInITasklist(port, "handlaggare-vuxen");
        webblasare.vantaPaSynlig(By.cssSelector(".start-process-action a"));
        assertThat(webblasare.driver().findElements(By.id("hemvag-enhetens-resultat"))).isEmpty();
    }

    @Test
    void gruppledarenSerSektionensArendegenomgangOchLedningenGranskarAtkomstloggen(Webblasare webblasare) {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());

        webblasare.loggaInITasklist(port, "gruppledare-vuxen");
        webblasare.klicka(webblasare.vantaPaSynlig(By.id("hemvag-arendegenomgang")));
        webblasare.vantaTills(d -> "ja".equals(d.findElement(By.tagName("body")).getAttribute("data-laddad")));
        webblasare.skarmbild("19c-gruppledare-arendegenomgang");
        assertThat(webblasare.driver().findElements(By.cssSelector("tr[data-arendenummer='" + arende.getArendenummer() + "']")))
                .hasSize(1);
        assertThat(webblasare.driver().findElement(By.id("registrera")).getAttribute("href"))
                .endsWith("processStart=ArendegenomgangProcess");
        assertThat(webblasare.driver().findElements(By.id("hemvag-atkomstlogg"))).as("the access log is ledning's").isEmpty();
        webblasare.loggaUt();

        webblasare.oppna("http://localhost:" + port + "/camunda/app/cockpit/default/#/dashboard");
        webblasare.vantaPaSynlig(By.cssSelector("input[ng-model=username]")).sendKeys("chef");
        webblasare.driver().findElement(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
        webblasare.klicka(By.cssSelector("button[type=submit]"));
        webblasare.klicka(webblasare.vantaPaSynlig(By.id("hemvag-enhetens-resultat")));
        webblasare.klicka(webblasare.vantaPaSynlig(By.id("hemvag-atkomstlogg")));
        webblasare.vantaPaSynlig(By.id("varde")).sendKeys(arende.getArendenummer());
        webblasare.klicka(By.cssSelector("#sok button[type=submit]"));
        webblasare.vantaTills(d -> "ja".equals(d.findElement(By.tagName("body")).getAttribute("data-laddad")));
        webblasare.skarmbild("19d-ledning-atkomstlogg");
        assertThat(webblasare.driver().findElement(By.id("lista")).getText()).contains("gruppledare-vuxen", "Läsning");
    }
}
