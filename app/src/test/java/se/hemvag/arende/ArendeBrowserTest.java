package se.hemvag.arende;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.Webblasare;
import se.hemvag.avslut.AvslutTabeller;
import se.hemvag.avslut.BoendeVidAvslut;
import se.hemvag.avslut.Kontaktkanal;

/** Vuxensektionen decides, registers an intervention and closes the case, in Tasklist's forms. */
@HemvagSpringTest
@Tag("browser")
@ExtendWith(Webblasare.Extension.class)
class ArendeBrowserTest {

    @LocalServerPort int port;
    @Autowired Arendeforlopp forlopp;
    @Autowired TaskService taskService;
    @Autowired org.camunda.bpm.engine.ManagementService managementService;
    @Autowired ArendeuppfoljningRepository uppfoljningar;
    @Autowired RuntimeService runtimeService;
    @Autowired InsatsRepository insatser;
    @Autowired AvslutTabeller avslut;
    @Autowired Arenden arenden;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void vuxensektionenBeslutarRegistrerarInsatsOchAvslutarArendet(Webblasare webblasare) {
        Arende arende = forlopp.underUtredning("behovMissbruk");
        String nr = arende.getArendenummer();
        String idag = LocalDate.now().toString();

        webblasare.loggaInITasklist(port, "handlaggare-vuxen");
        webblasare.oppnaFilter("Sektionens uppgifter – Vuxensektionen");
        webblasare.oppnaOchHamtaUppgift("Besluta om insatser", nr);
        webblasare.klicka(Webblasare.falt("beslut-0"));
        webblasare.skriv("beslutsdatum", idag);
        webblasare.skriv("beslutMotivering", "Behov av stödboende under behandling");
        webblasare.skarmbild("6-vuxen-beslut-om-insatser");
        webblasare.slutforUppgift();
        webblasare.vantaTills(d -> vantarPa(arende, "Task_RegistreraInsats"));

        webblasare.driver().navigate().refresh();
        webblasare.oppnaOchHamtaUppgift("Registrera insats", nr);
        webblasare.valj("insatstyp", "Stödboende");
        webblasare.skriv("insatsStart", idag);
        webblasare.skriv("utforare", "Stödboende Söder");
        webblasare.skriv("kostnadPerDygn", "800");
        webblasare.skarmbild("7-vuxen-registrera-insats");
        webblasare.slutforUppgift();
        webblasare.vantaTills(d -> vantarPa(arende, "Timer_NastaUppfoljning"));

        List<Insats> sparade = insatser.findByArendeIdOrderByStartdatum(arende.getId());
        assertThat(sparade).extracting(Insats::getTyp, Insats::getKostnadPerDygn, Insats::getUtforare)
                .containsExactly(tuple(Insatstyp.STODBOENDE, 800, "Stödboende Söder"));

        // three months on: the follow-up, which also records whether the client is active at jobbtorg
        managementService.executeJob(managementService.createJobQuery().processInstanceId(forlopp.process(arende).getId())
                .activityId(ArendeProcessen.TIMER_NASTA_UPPFOLJNING).singleResult().getId());
        webblasare.driver().navigate().refresh();
        webblasare.oppnaOchHamtaUppgift("Följ upp ärendet med klienten", nr);
        webblasare.skriv("uppfoljningsdatum", idag);
        webblasare.skriv("sammanfattning", "Bor kvar på stödboendet, har börjat på jobbtorg");
        webblasare.klicka(Webblasare.falt("jobbtorg-0"));
        webblasare.klicka(Webblasare.falt("uppfoljningUtfall-0"));
        webblasare.skarmbild("7b-vuxen-uppfoljning-jobbtorg");
        webblasare.slutforUppgift();
        webblasare.vantaTills(d -> !uppfoljningar.findByArendeIdOrderByUppfoljningsdatum(arende.getId()).isEmpty());
        assertThat(uppfoljningar.findByArendeIdOrderByUppfoljningsdatum(arende.getId()))
                .extracting(Arendeuppfoljning::getJobbtorg).containsExactly(Jobbtorg.AKTUELL);

        assertThat(new Http(port).postJson("/api/arenden/" + nr + "/avslut", "handlaggare-vuxen", "demo", "{\"orsak\": \"MALEN_UPPNADDA\"}")
                .statusCode()).isEqualTo(202);
        webblasare.driver().navigate().refresh();
        webblasare.oppnaOchHamtaUppgift("Fyll i avslutningsblanketten", nr);
        webblasare.valj("avslutsorsak", "Målen med insatserna är uppnådda");
        webblasare.valj("boendeVidAvslut", "Förstahandskontrakt via övertagen försökslägenhet");
        webblasare.klicka(Webblasare.falt("egenForsorjning-2"));
        webblasare.skriv("avslutsdatum", idag);
        webblasare.skarmbild("8-vuxen-avslutningsblankett");
        webblasare.slutforUppgift();
        webblasare.vantaTills(d -> avslut.avslut(arende.getId()).isPresent());

        assertThat(avslut.avslut(arende.getId()).orElseThrow().getBoendeVidAvslut())
                .isEqualTo(BoendeVidAvslut.FORSTAHANDSKONTRAKT_OVERTAGEN_FORSOKSLAGENHET);
        assertThat(arenden.hamta(nr).getStatus()).isEqualTo(ArendeStatus.AVSLUTAD);
    }

    @Autowired java.time.Clock clock;

    @Test
    void kontaktforsokDokumenterasOchNastaStegVisasBaraNarKlientenInteNatts(Webblasare webblasare) {
        Arende arende = forlopp.underUtredning("behovMissbruk");
        String idag = LocalDate.now().toString();
        taskService.complete(forlopp.uppgift(arende).getId(), Map.of("beslut", "BEVILJAT",
                "beslutsdatum", idag, "beslutMotivering", "Stödboende"));
        taskService.complete(forlopp.uppgift(arende).getId(), Map.of("insatstyp", "STODBOENDE",
                "insatsStart", idag, "utforare", "Boende Väst", "kostnadPerDygn", 800L));
        runtimeService.startProcessInstanceByKey("KontaktforsokProcess", arende.getArendenummer(), Map.of(
                ArendeProcessen.ARENDE_ID, arende.getId(), ArendeProcessen.ANSVARIG_SEKTION, "vuxen",
                ArendeProcessen.ARENDENUMMER, arende.getArendenummer(), ArendeProcessen.KLIENT_NAMN, "Testklient"));

        webblasare.loggaInITasklist(port, "handlaggare-vuxen");
        webblasare.oppnaFilter("Sektionens uppgifter – Vuxensektionen");
        webblasare.oppnaOchHamtaUppgift("Sök klienten och dokumentera försöket", arende.getArendenummer());
        // the round began a moment ago: the attempt was made since, now
        webblasare.skriv("kontaktforsokDatum", LocalDate.now(clock).toString());
        webblasare.skriv("kontaktforsokTid", java.time.LocalTime.now(clock).withSecond(0).withNano(0).toString());
        webblasare.valj("kontaktkanal", "Via boendet");
        assertThat(webblasare.driver().findElements(Webblasare.falt("nastaSteg-0"))).isEmpty();
        webblasare.klicka(Webblasare.falt("kontaktresultat-2"));
        assertThat(webblasare.driver().findElements(Webblasare.falt("nastaSteg-0"))).isEmpty();
        webblasare.klicka(Webblasare.falt("kontaktresultat-1"));
        webblasare.klicka(Webblasare.falt("nastaSteg-0"));
        webblasare.skarmbild("9-vuxen-kontaktforsok");
        webblasare.slutforUppgift();

        webblasare.vantaTills(d -> !avslut.kontaktforsok(arende.getId()).isEmpty());
        assertThat(avslut.kontaktforsok(arende.getId()).get(0).getKanal())
                .isEqualTo(Kontaktkanal.VIA_BOENDET);
    }

    @Test
    void sektionenAvslutarEnInsatsMedStartformularetITasklist(Webblasare webblasare) {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        String slut = LocalDate.now(clock).plusDays(7).toString();

        webblasare.loggaInITasklist(port, "handlaggare-vuxen");
        webblasare.startaProcess("Avsluta eller ändra en insats");
        webblasare.skriv("arendenummer", arende.getArendenummer());
        webblasare.valj("insatstyp", "Stödboende");
        webblasare.klicka(Webblasare.falt("insatsandring-0"));
        webblasare.skriv("nyttSlutdatum", slut);
        webblasare.skarmbild("9b-vuxen-avsluta-insats");
        webblasare.klicka(By.cssSelector("button[ng-click='startProcessInstance()']"));

        webblasare.vantaTills(d -> slut.equals(String.valueOf(insatser.findByArendeIdOrderByStartdatum(arende.getId())
                .get(0).getSlutdatum())));
        assertThat(insatser.findByArendeIdOrderByStartdatum(arende.getId()).get(0).getAndradAv()).isEqualTo("handlaggare-vuxen");
    }

    @Test
    void sektionenRegistrerarKontaktOchBegarAvslutFranStartaProcess(Webblasare webblasare) {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        LocalDate idag = LocalDate.now(clock);
        jdbc.update("update arende set senast_kontakt = ? where id = ?", idag.minusDays(30), arende.getId());

        webblasare.loggaInITasklist(port, "handlaggare-vuxen");
        webblasare.startaProcess("Klienten hörde av sig");
        webblasare.skriv("arendenummer", arende.getArendenummer());
        webblasare.skarmbild("9c-vuxen-klienten-horde-av-sig");
        webblasare.klicka(By.cssSelector("button[ng-click='startProcessInstance()']"));
        webblasare.vantaTills(d -> idag.equals(arenden.hamta(arende.getId()).getSenastKontakt()));

        webblasare.startaProcess("Begär avslut av ett ärende");
        webblasare.skriv("arendenummer", arende.getArendenummer());
        webblasare.valj("avslutsorsak", "Målen med insatserna är uppnådda");
        webblasare.skarmbild("9d-vuxen-begar-avslut");
        webblasare.klicka(By.cssSelector("button[ng-click='startProcessInstance()']"));
        webblasare.driver().navigate().refresh();
        webblasare.hittaIListan("Fyll i avslutningsblanketten", arende.getArendenummer());
        webblasare.skarmbild("9e-vuxen-avslutningsblanketten-vantar");
    }

    private boolean vantarPa(Arende arende, String aktivitet) {
        var process = forlopp.process(arende);
        return process != null && runtimeService.getActiveActivityIds(process.getId()).contains(aktivitet);
    }
}
