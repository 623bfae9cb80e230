package se.hemvag.ansokan;

import static se.hemvag.tillhorighet.TillhorighetProcessen.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Ansokningskanal;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.Arenden;
import se.hemvag.klient.Identitetsnummer;
import se.hemvag.klient.Kon;

/**
 * Demo profile only: on an empty database, a handful of fictitious applications waiting at
 * different steps, so Tasklist and Cockpit are not empty on first start.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "hemvag.demo.ansokningar", havingValue = "true", matchIfMissing = true)
class DemoAnsokningar {

    private static final Logger log = LoggerFactory.getLogger(DemoAnsokningar.class);

    private final Ansokningsmottagning mottagning;
    private final Arenden arenden;
    private final TaskService taskService;
    private final Clock clock;

    DemoAnsokningar(Ansokningsmottagning mottagning, Arenden arenden, TaskService taskService, Clock clock) {
        this.mottagning = mottagning;
        this.arenden = arenden;
        this.taskService = taskService;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(4)
    void skapaDemoansokningar() {
        if (arenden.finnsNagot()) {
            return;
        }
        LocalDate idag = LocalDate.now(clock);
        ansokan("Anna", "Andersson", idag.minusYears(34), Kon.KVINNA, 1);
        ansokan("Bengt", "Berg", idag.minusYears(52), Kon.MAN, 2);
        Arende stadsdel = ansokan("Carl", "Carlsson", idag.minusYears(41), Kon.MAN, 3);
        utredTillhorighet(stadsdel, "ja", "SODERMALM", Map.of(Falt.BEHOV_EKONOMI.nyckel(), true));
        Arende vuxen = ansokan("Dana", "Dahl", idag.minusYears(29), Kon.KVINNA, 4);
        utredTillhorighet(vuxen, "nej", null, Map.of(Falt.BEHOV_MISSBRUK.nyckel(), true, Falt.BEHOV_EKONOMI.nyckel(), true));
        slutfor(vuxen, Map.of("utredningPaborjad", idag.toString(), "utredningsinstrument", "ASI",
                "utredningPlan", "Samtal om missbruk och boende; kontakt med beroendevården"));
        slutfor(vuxen, Map.of("beslut", "BEVILJAT", "beslutsdatum", idag.toString(),
                "beslutMotivering", "Behov av stödboende under behandling", "vardenInvolverad", true));
        slutfor(vuxen, Map.of("insatstyp", "STODBOENDE", "insatsStart", idag.toString(), "utforare", "Stödboende Söder",
                "kostnadPerDygn", 800L));
        Arende forsorjning = ansokan("Erik", "Ek", idag.minusYears(46), Kon.MAN, 5);
        utredTillhorighet(forsorjning, "nej", null, Map.of(Falt.BEHOV_EKONOMI.nyckel(), true));
        slutfor(forsorjning, Map.of("utredningPaborjad", idag.toString(), "utredningsinstrument", "FIA",
                "utredningPlan", "Budget och skulder; kontakt med jobbtorg"));
        Arende vardOchOmsorg = ansokan("Fatima", "Falk", idag.minusYears(67), Kon.KVINNA, 6);
        utredTillhorighet(vardOchOmsorg, "nej", null, Map.of(Falt.BEHOV_ALDRE_SOMATIK.nyckel(), true));
        Arende ung = ansokan("Gustav", "Gran", idag.minusYears(19), Kon.MAN, 7);
        utredTillhorighet(ung, "nej", null, Map.of());
        log.info("Demo: 7 påhittade ansökningar skapade i olika steg av processen.");
    }

    private Arende ansokan(String fornamn, String efternamn, LocalDate fodd, Kon kon, int lopnummer) {
        return mottagning.registreraOchStarta(new NyAnsokan(Identitetsnummer.syntetiskt(fodd, lopnummer, kon), null, null,
                fornamn, efternamn, "070-000 00 0" + lopnummer, Ansokningskanal.NYBESOK,
                "Påhittad demoklient, ingen verklig person."), "system");
    }

    private void slutfor(Arende arende, Map<String, Object> formular) {
        Task uppgift = taskService.createTaskQuery().processInstanceBusinessKey(arende.getArendenummer())
                .processDefinitionKey(ArendeProcessen.PROCESS_ID).singleResult();
        taskService.complete(uppgift.getId(), formular);
    }

    private void utredTillhorighet(Arende arende, String kontaktStadsdel, String stadsdel, Map<String, Object> behov) {
        Task uppgift = taskService.createTaskQuery().processInstanceBusinessKey(arende.getArendenummer())
                .taskDefinitionKey(TASK_TILLHORIGHETSUTREDNING).singleResult();
        Map<String, Object> svar = new HashMap<>(behov);
        svar.put(Falt.KONTAKT_STADSDEL.nyckel(), kontaktStadsdel);
        svar.put(Falt.STADSDEL.nyckel(), stadsdel);
        svar.put(Falt.KONTAKT_BARN.nyckel(), "nej");
        svar.put(Falt.HEMLOSHETSSITUATION.nyckel(), "AKUT_HEMLOS");
        taskService.complete(uppgift.getId(), svar);
    }
}
