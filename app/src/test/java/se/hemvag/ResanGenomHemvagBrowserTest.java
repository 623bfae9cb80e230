package se.hemvag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen;
import se.hemvag.klient.Identitetsnummer;
import se.hemvag.klient.Kon;

/**
 * One case as the staff play it, each in their own Swedish Tasklist: the application and the
 * belonging investigation (mottagningen), the section's investigation, decision and intervention
 * (Vuxensektionen), the trial apartment with Lägenhetsinfo (administrationen) and its takeover, and
 * the closure with its outcome; then ledning reads the client's history in Cockpit and the
 * dashboard's figures move. A screenshot of every step is kept in app/target/webblasare/resan-*.png,
 * and no screen it visits may show English.
 */
@HemvagSpringTest
@Tag("browser")
@ExtendWith(Webblasare.Extension.class)
class ResanGenomHemvagBrowserTest {

    /** English the webapps would show if a text were left untranslated (the names of the apps are allowed). */
    private static final Pattern ENGELSKA = Pattern.compile("\\b(Claim|Unclaim|Complete|Start process|Create task|Add a comment"
            + "|Set follow-up date|Set due date|Created|Follow-up|Description|History|Search|Sort by|Logout|Sign out|My Profile"
            + "|Keyboard Shortcuts|Powered by|Date and time displayed|minutes ago|days ago|a few seconds ago|Select|Field is required"
            + "|must match pattern|Submit|Save|Cancel|Close|Back|Processes|Dashboard|Decisions|Tasks|Deployments|Instances)\\b");

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    private final List<String> engelska = new ArrayList<>();
    private int steg;

    @AfterEach
    void tidenTillbaka() {
        ClockUtil.reset();
    }

    private void steg(Webblasare webblasare, String namn) {
        webblasare.skarmbild(String.format("resan-%02d-%s", ++steg, namn));
        String sida = webblasare.driver().findElement(By.tagName("body")).getText();
        var m = ENGELSKA.matcher(sida);
        while (m.find()) {
            engelska.add(namn + ": \"" + m.group() + "\"");
        }
    }

    private void starta(Webblasare webblasare) {
        webblasare.klicka(By.cssSelector("button[ng-click='startProcessInstance()']"));
    }

    private void uppgift(Webblasare webblasare, String namn, String nr) {
        webblasare.driver().navigate().refresh();
        webblasare.oppnaOchHamtaUppgift(namn, nr);
    }

    private long avslutIAr(String ar) throws Exception {
        String svar = new Http(port).get("/api/indikatorer/avslut?fran=" + ar + "-01-01&till=" + ar + "-12-31&indelning=AR",
                "chef", "demo").body();
        return json.readTree(svar).path("rader").get(0).path("totalt").path("antal").asLong();
    }

    @Test
    void ettArendeFranAnsokanTillAvslutISvenskaTasklist(Webblasare webblasare) throws Exception {
        LocalDate idag = LocalDate.now();
        String iAr = String.valueOf(idag.getYear());
        long avslutFore = avslutIAr(iAr);
        String personnummer = Identitetsnummer.syntetiskt(LocalDate.of(1977, 4, 12), 611, Kon.KVINNA);

        // mottagningen: the application and the belonging investigation
        webblasare.loggaInITasklist(port, "handlaggare-mottagningen");
        webblasare.startaProcess("Ärende: process ur hemlöshet");
        webblasare.skriv("identitetsnummer", personnummer);
        webblasare.skriv("fornamn", "Resa");
        webblasare.skriv("efternamn", "Hemvägsdotter");
        webblasare.valj("kanal", "Receptionen");
        webblasare.skriv("anteckning", "Sover i trappuppgångar sedan en månad");
        steg(webblasare, "mottagningen-ansokan");
        starta(webblasare);
        webblasare.vantaTills(d -> jdbc.queryForList("select a.arendenummer from arende a join klient k on k.id = a.klient_id"
                + " where k.identitetsnummer = ?", String.class, personnummer).size() == 1);
        String nr = jdbc.queryForObject("select a.arendenummer from arende a join klient k on k.id = a.klient_id"
                + " where k.identitetsnummer = ?", String.class, personnummer);

        uppgift(webblasare, "Utför tillhörighetsutredning", nr);
        webblasare.klicka(Webblasare.falt("kontaktStadsdel-1"));
        webblasare.klicka(Webblasare.falt("kontaktBarn-1"));
        webblasare.valj("hemloshetssituation", "Akut hemlös");
        webblasare.klicka(Webblasare.falt("behovMissbruk"));
        steg(webblasare, "mottagningen-tillhorighet");
        webblasare.slutforUppgift();
        webblasare.vantaTills(d -> "vuxen".equals(jdbc.queryForObject("select ansvarig_sektion from arende where arendenummer = ?",
                String.class, nr)));
        webblasare.loggaUt();

        // Vuxensektionen: investigation, decision, intervention
        webblasare.loggaInITasklist(port, "handlaggare-vuxen");
        uppgift(webblasare, "Påbörja utredning", nr);
        webblasare.skriv("utredningPaborjad", idag.toString());
        webblasare.valj("utredningsinstrument", "ASI");
        webblasare.skriv("utredningPlan", "Samtal om boende och beroende; kontakt med beroendevården");
        steg(webblasare, "vuxen-utredning");
        webblasare.slutforUppgift();

        uppgift(webblasare, "Besluta om insatser", nr);
        webblasare.klicka(Webblasare.falt("beslut-0"));
        webblasare.skriv("beslutsdatum", idag.toString());
        webblasare.skriv("beslutMotivering", "Behov av boende och stöd i nyktert liv");
        steg(webblasare, "vuxen-beslut");
        webblasare.slutforUppgift();

        uppgift(webblasare, "Registrera insats", nr);
        webblasare.valj("insatstyp", "Stödboende");
        webblasare.skriv("insatsStart", idag.toString());
        webblasare.skriv("utforare", "Stödboende Söder");
        webblasare.skriv("kostnadPerDygn", "800");
        steg(webblasare, "vuxen-insats");
        webblasare.slutforUppgift();
        webblasare.vantaTills(d -> jdbc.queryForObject("select count(*) from insats i join arende a on a.id = i.arende_id"
                + " where a.arendenummer = ?", Integer.class, nr) == 1);

        // the trial apartment: applied and decided by the section, the flat registered by administrationen
        webblasare.startaProcess("Försökslägenhet");
        webblasare.skriv("arendenummer", nr);
        webblasare.klicka(Webblasare.falt("ekonomiUtredd"));
        webblasare.skriv("stabilitet", "Nykter i ett år, sköter sitt stödboende");
        steg(webblasare, "vuxen-ansokan-forsokslagenhet");
        starta(webblasare);
        webblasare.vantaTills(d -> forsokslagenhet(nr) != null);
        uppgift(webblasare, "Besluta om försökslägenhet", nr);
        webblasare.klicka(Webblasare.falt("forsokslagenhetBeslut-0"));
        webblasare.skriv("forsokslagenhetBeslutsdatum", idag.toString());
        webblasare.skriv("forsokslagenhetMotivering", "Redo för eget boende");
        steg(webblasare, "vuxen-beslut-forsokslagenhet");
        webblasare.slutforUppgift();

        // the flat was let 19 months ago in this story, so the takeover review is already due at the end
        LocalDate kontrakt = idag.minusMonths(19);
        uppgift(webblasare, "Beställ boendestöd", nr);
        webblasare.skriv("boendestodUtforare", "Boendestödsteamet");
        webblasare.skriv("boendestodFran", kontrakt.toString());
        webblasare.skriv("boendestodTimmar", "4");
        steg(webblasare, "vuxen-boendestod");
        webblasare.slutforUppgift();
        webblasare.loggaUt();

        webblasare.loggaInITasklist(port, "handlaggare-administrationen");
        uppgift(webblasare, "Registrera lägenheten", nr);
        webblasare.skriv("adress", "Resvägen 3, lgh 1102, Stockholm");
        webblasare.skriv("hyresvard", "Svenska Bostäder");
        webblasare.skriv("kontraktFran", kontrakt.toString());
        steg(webblasare, "administrationen-lagenhet");
        webblasare.slutforUppgift();

        // Lägenhetsinfo: planned by administrationen, held, attendance registered
        webblasare.startaProcess("Lägenhetsinfo");
        webblasare.skriv("tillfalleDatum", idag.plusDays(1).toString());
        webblasare.skriv("tillfalleKlockslag", "13:00");
        webblasare.skriv("plats", "Enheten för hemlösa, stora rummet");
        webblasare.skriv("kapacitet", "50");
        webblasare.skriv("ledare", "Boendesamordnaren");
        webblasare.driver().findElement(Webblasare.falt("ledare")).sendKeys(Keys.TAB);
        steg(webblasare, "administrationen-lagenhetsinfo");
        starta(webblasare);
        webblasare.vantaTills(d -> !runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ForsokslagenhetProcessen.LAGENHETSINFO_PROCESS_ID).active().list().isEmpty()
                && kallad(nr));
        ProcessInstance tillfalle = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ForsokslagenhetProcessen.LAGENHETSINFO_PROCESS_ID)
                .variableValueEquals(ForsokslagenhetProcessen.TILLFALLE_ID, tillfalleId(nr)).singleResult();
        Job borjar = managementService.createJobQuery().processInstanceId(tillfalle.getId()).singleResult();
        ClockUtil.setCurrentTime(java.util.Date.from(borjar.getDuedate().toInstant().plusSeconds(3600)));
        managementService.executeJob(borjar.getId());
        uppgift(webblasare, "Registrera närvaro och utvärdering", nr);
        webblasare.klicka(Webblasare.falt("narvaro-0"));
        webblasare.valj("betyg", "5 – mycket bra");
        webblasare.skriv("utvardering", "Vet nu vad som krävs av en hyresgäst");
        webblasare.klicka(Webblasare.falt("parmUtdelad"));
        steg(webblasare, "administrationen-narvaro");
        webblasare.slutforUppgift();
        ClockUtil.reset();
        webblasare.loggaUt();

        // Vuxensektionen: move-in, the review 18 months later, the first-hand contract
        webblasare.loggaInITasklist(port, "handlaggare-vuxen");
        uppgift(webblasare, "Flytta in klienten", nr);
        webblasare.klicka(Webblasare.falt("kontraktUndertecknat"));
        webblasare.skriv("inflyttningsdatum", kontrakt.toString());
        steg(webblasare, "vuxen-inflyttning");
        webblasare.slutforUppgift();
        // the review was due a month ago: its timer fires now (at once, if the job executor got there first)
        webblasare.vantaTills(d -> granskningenVantar(nr) || granskningsuppgift(nr));
        Job granskning = managementService.createJobQuery().processInstanceId(forsokslagenhet(nr).getId()).singleResult();
        if (granskning != null) {
            managementService.executeJob(granskning.getId());
        }

        uppgift(webblasare, "Granska inför kontraktsövertagande", nr);
        webblasare.klicka(Webblasare.falt("hyranBetald"));
        webblasare.klicka(Webblasare.falt("hyresvardensSyn-0"));
        webblasare.skriv("granskningAnteckning", "Hyran betald varje månad, inga klagomål");
        steg(webblasare, "vuxen-granskning");
        webblasare.slutforUppgift();

        uppgift(webblasare, "Förstahandskontrakt tecknat", nr);
        webblasare.skriv("forstahandskontraktFran", idag.plusDays(30).toString());
        steg(webblasare, "vuxen-forstahandskontrakt");
        webblasare.slutforUppgift();
        webblasare.loggaUt();

        // ledning: the client's history in Cockpit, while the case is still open
        String instans = runtimeService.createProcessInstanceQuery().processDefinitionKey(ArendeProcessen.PROCESS_ID)
                .processInstanceBusinessKey(nr).singleResult().getId();
        webblasare.oppna("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + instans + "/runtime");
        webblasare.vantaPaSynlig(By.cssSelector("input[ng-model=username]")).sendKeys("chef");
        webblasare.driver().findElement(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
        webblasare.klicka(By.cssSelector("button[type=submit]"));
        webblasare.klicka(By.xpath("//a[contains(.,'Klientens historik')]"));
        webblasare.vantaPaSynlig(By.xpath("//section[contains(@class,'hemvag-klienthistorik')]//strong[contains(.,'Försökslägenhet')]"));
        steg(webblasare, "ledning-cockpit-klientens-historik");
        assertThat(webblasare.driver().findElement(By.cssSelector(".hemvag-klienthistorik")).getText())
                .contains("Resa Hemvägsdotter", "Ansökan", "Insats: Stödboende", "Lägenhetsinfo");
        webblasare.loggaUt();

        // Vuxensektionen closes the case with its outcome
        webblasare.loggaInITasklist(port, "handlaggare-vuxen");
        uppgift(webblasare, "Fyll i avslutningsblanketten", nr);
        webblasare.valj("avslutsorsak", "Målen med insatserna är uppnådda");
        webblasare.klicka(Webblasare.falt("egenForsorjning-0"));
        webblasare.skriv("avslutsdatum", idag.toString());
        steg(webblasare, "vuxen-avslutningsblankett");
        webblasare.slutforUppgift();
        webblasare.vantaTills(d -> "AVSLUTAD".equals(jdbc.queryForObject("select status from arende where arendenummer = ?",
                String.class, nr)));
        assertThat(jdbc.queryForObject("select boende_vid_avslut from avslut a join arende r on r.id = a.arende_id"
                + " where r.arendenummer = ?", String.class, nr)).isEqualTo("FORSTAHANDSKONTRAKT_OVERTAGEN_FORSOKSLAGENHET");
        webblasare.loggaUt();

        // ledning: the dashboard's figures moved
        assertThat(avslutIAr(iAr)).isEqualTo(avslutFore + 1);
        webblasare.oppna("http://localhost:" + port + "/camunda/app/cockpit/default/#/dashboard");
        webblasare.vantaPaSynlig(By.cssSelector("input[ng-model=username]")).sendKeys("chef");
        webblasare.driver().findElement(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
        webblasare.klicka(By.cssSelector("button[type=submit]"));
        webblasare.klicka(webblasare.vantaPaSynlig(By.id("hemvag-enhetens-resultat")));
        webblasare.vantaTills(d -> "ja".equals(d.findElement(By.tagName("body")).getAttribute("data-laddad")));
        steg(webblasare, "ledning-enhetens-resultat");

        assertThat(engelska).as("English left on the screens of the journey").isEmpty();
    }

    private ProcessInstance forsokslagenhet(String nr) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ForsokslagenhetProcessen.PROCESS_ID)
                .processInstanceBusinessKey(nr).singleResult();
    }

    private boolean kallad(String nr) {
        return tillfalleId(nr) != null;
    }

    private Long tillfalleId(String nr) {
        List<Long> id = jdbc.queryForList("select k.tillfalle_id from lagenhetsinfo_kallelse k join forsokslagenhet f"
                + " on f.id = k.forsokslagenhet_id join arende a on a.id = f.arende_id where a.arendenummer = ?", Long.class, nr);
        return id.isEmpty() ? null : id.get(0);
    }

    private boolean granskningsuppgift(String nr) {
        return taskService.createTaskQuery().processInstanceBusinessKey(nr).taskDefinitionKey("Task_GranskaOvertagande").count() > 0;
    }

    private boolean granskningenVantar(String nr) {
        ProcessInstance process = forsokslagenhet(nr);
        return process != null && runtimeService.getActiveActivityIds(process.getId()).contains("Timer_Granskning");
    }
}
