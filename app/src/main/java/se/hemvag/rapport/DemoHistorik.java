package se.hemvag.rapport;

import static se.hemvag.tillhorighet.TillhorighetProcessen.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.hemvag.ansokan.Ansokningsmottagning;
import se.hemvag.ansokan.NyAnsokan;
import se.hemvag.arende.Ansokningskanal;
import se.hemvag.arende.Arende;
import se.hemvag.klient.Identitetsnummer;
import se.hemvag.klient.Kon;

/**
 * Demo profile only: three years of fictitious history on a database that has no closed case,
 * so the dashboard and Cockpit have something to show on first start. The closed cases are
 * written as the process leaves them ({@link SyntetiskaArenden}); the open ones are run through
 * the process itself, each on its own application date, so they stand in Tasklist and Cockpit.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "hemvag.demo.historik", havingValue = "true", matchIfMissing = true)
class DemoHistorik {

    private static final Logger log = LoggerFactory.getLogger(DemoHistorik.class);
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final List<String> BEHOV = List.of(Falt.BEHOV_MISSBRUK.nyckel(), Falt.BEHOV_EKONOMI.nyckel(), Falt.BEHOV_PSYKISK_OHALSA.nyckel(), Falt.BEHOV_ALDRE_SOMATIK.nyckel());

    private final SyntetiskaArenden syntetiska;
    private final Ansokningsmottagning mottagning;
    private final TaskService taskService;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int avslutade;
    private final int pagaende;

    DemoHistorik(SyntetiskaArenden syntetiska, Ansokningsmottagning mottagning, TaskService taskService, JdbcTemplate jdbc,
                 Clock clock, @Value("${hemvag.demo.avslutade:1200}") int avslutade,
                 @Value("${hemvag.demo.pagaende:250}") int pagaende) {
        this.syntetiska = syntetiska;
        this.mottagning = mottagning;
        this.taskService = taskService;
        this.jdbc = jdbc;
        this.clock = clock;
        this.avslutade = avslutade;
        this.pagaende = pagaende;
    }

    // after the demo applications, which are made only on an empty database
    @EventListener(ApplicationReadyEvent.class)
    @Order(5)
    void skapaHistorik() {
        Integer avslutadeNu = jdbc.queryForObject("select count(*) from arende where avslutad is not null", Integer.class);
        if (avslutadeNu == null || avslutadeNu == 0) {
            skapa(LocalDate.now(clock));
        }
    }

    /** Closed cases over the three years up to idag, then the open ones through the process. */
    SyntetiskaArenden.Skapat skapa(LocalDate idag) {
        SyntetiskaArenden.Skapat skapat = syntetiska.skapa(
                new SyntetiskaArenden.Omfattning(avslutade, 0, idag.minusYears(3), idag, 20261202L));
        Random slump = new Random(7);
        for (int i = 0; i < pagaende; i++) {
            // most open cases are young: the long ones are fewer
            double u = slump.nextDouble();
            pagaendeArende(idag.minusDays(3 + Math.round(700 * u * u)), i, slump);
        }
        log.info("Demo: {} påhittade klienter med {} avslutade ärenden över tre år, och {} pågående ärenden i processen.",
                skapat.klienter(), skapat.avslutade(), pagaende);
        return skapat;
    }

    /** A case applied for that day and run to an intervention, as the caseworkers would have then. */
    private void pagaendeArende(LocalDate ansokt, int lopnummer, Random slump) {
        try {
            ClockUtil.setCurrentTime(Date.from(ansokt.atTime(9, 30).atZone(STOCKHOLM).toInstant()));
            Kon kon = slump.nextInt(10) < 3 ? Kon.KVINNA : Kon.MAN;
            LocalDate fodd = ansokt.minusYears(20 + slump.nextInt(50)).minusDays(slump.nextInt(365));
            Arende arende = mottagning.registreraOchStarta(new NyAnsokan(Identitetsnummer.syntetiskt(fodd, lopnummer, kon), null,
                    null, kon == Kon.KVINNA ? "Linnea" : "Oskar", "Exempelsson", null, Ansokningskanal.NYBESOK,
                    "Påhittad demoklient, ingen verklig person."), "system");
            String behov = BEHOV.get(slump.nextInt(BEHOV.size()));
            Map<String, Object> tillhorighet = new HashMap<>(Map.of(Falt.KONTAKT_STADSDEL.nyckel(), "nej", Falt.KONTAKT_BARN.nyckel(), "nej",
                    Falt.HEMLOSHETSSITUATION.nyckel(), "AKUT_HEMLOS", behov, true));
            slutfor(arende, tillhorighet);
            String dag = ansokt.toString();
            slutfor(arende, Map.of("utredningPaborjad", dag, "utredningsinstrument", "ASI",
                    "utredningPlan", "Samtal om boende, ekonomi och hälsa"));
            slutfor(arende, Map.of("beslut", "BEVILJAT", "beslutsdatum", dag, "beslutMotivering", "Behov av boende och stöd"));
            slutfor(arende, Map.of("insatstyp", slump.nextBoolean() ? "STODBOENDE" : "AKUTBOENDE", "insatsStart", dag,
                    "utforare", "Stödboende Söder", "kostnadPerDygn", 800L));
        } finally {
            ClockUtil.reset();
        }
    }

    /** Completes the case's one open task in the case process or its belonging investigation (not the SIP offer). */
    private void slutfor(Arende arende, Map<String, Object> formular) {
        Task uppgift = taskService.createTaskQuery().processInstanceBusinessKey(arende.getArendenummer())
                .processDefinitionKeyIn(se.hemvag.arende.ArendeProcessen.PROCESS_ID, PROCESS_ID).singleResult();
        taskService.complete(uppgift.getId(), formular);
    }
}
