package se.hemvag.ansokan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Testklienter;
import se.hemvag.arende.Ansokningskanal;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.ArendeStatus;
import se.hemvag.arende.Arenden;

/** Återaktualisering: a new application within a year of the client's last closed case. */
@HemvagSpringTest
class AterkomstTest {

    @Autowired Arendeforlopp forlopp;
    @Autowired Ansokningsmottagning mottagning;
    @Autowired Arenden arenden;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;

    @AfterEach
    void aterstallKlockan() {
        ClockUtil.reset();
    }

    /** A case that went to EFH, was denied and closed today; returns its client's application. */
    private NyAnsokan ettAvslutatArende(Arende[] avslutat) {
        Arende arende = forlopp.underUtredning("behovEkonomi");
        String idag = idag();
        taskService.complete(forlopp.uppgift(arende).getId(), Map.of("beslut", "AVSLAG", "beslutsdatum", idag,
                "beslutMotivering", "Inget behov just nu"));
        taskService.complete(forlopp.uppgift(arende).getId(), Map.of("avslutsorsak", "AVSLAG",
                "boendeVidAvslut", "INNEBOENDE", "egenForsorjning", "JA", "avslutsdatum", idag));
        avslutat[0] = arenden.hamta(arende.getArendenummer());
        assertThat(avslutat[0].getStatus()).isEqualTo(ArendeStatus.AVSLUTAD);
        return new NyAnsokan(avslutat[0].getKlient().getIdentitetsnummer(), null, null, "Åter", "Kommen", null,
                Ansokningskanal.NYBESOK, null);
    }

    @Test
    void nyAnsokanInomEttArMarksSomAterkomst() {
        Arende[] forra = new Arende[1];
        NyAnsokan igen = ettAvslutatArende(forra);
        ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(364L * 86400)));

        Arende nytt = mottagning.registreraOchStarta(igen, "handlaggare-mottagningen");

        assertThat(nytt.isAterkomst()).isTrue();
        assertThat(nytt.getForegaendeArendeId()).isEqualTo(forra[0].getId());
        assertThat(runtimeService.getVariable(forlopp.process(nytt).getId(), ArendeProcessen.ATERKOMST)).isEqualTo(true);
    }

    @Test
    void nyAnsokanEfterMerAnEttArArIngenAterkomst() {
        NyAnsokan igen = ettAvslutatArende(new Arende[1]);
        ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(367L * 86400)));

        Arende nytt = mottagning.registreraOchStarta(igen, "handlaggare-mottagningen");

        assertThat(nytt.isAterkomst()).isFalse();
        assertThat(runtimeService.getVariable(forlopp.process(nytt).getId(), ArendeProcessen.ATERKOMST)).isEqualTo(false);
    }

    @Test
    void arendeSomLamnadesOverVidTillhorighetenRaknasInte() {
        Arende forsta = mottagning.registreraOchStarta(Testklienter.ansokan(), "handlaggare-mottagningen");
        String tillhorighet = runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(forlopp.process(forsta).getId()).singleResult().getId();
        taskService.complete(taskService.createTaskQuery().processInstanceId(tillhorighet).singleResult().getId(),
                Map.of("kontaktStadsdel", "ja", "stadsdel", "BROMMA", "kontaktBarn", "nej", "hemloshetssituation", "OVRIGT"));
        taskService.complete(taskService.createTaskQuery().processInstanceId(tillhorighet).singleResult().getId(),
                Map.of("stadsdel", "BROMMA", "overlamningsdatum", idag(), "overlamningssatt", "TELEFON"));

        Arende nytt = mottagning.registreraOchStarta(new NyAnsokan(forsta.getKlient().getIdentitetsnummer(), null, null,
                "Åter", "Kommen", null, Ansokningskanal.TELEFON, null), "handlaggare-mottagningen");

        assertThat(nytt.isAterkomst()).isFalse();
    }

    private static String idag() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Europe/Stockholm")).toString();
    }
}
