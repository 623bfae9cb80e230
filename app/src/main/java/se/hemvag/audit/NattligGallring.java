package se.hemvag.audit;

import java.lang.management.ManagementFactory;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly culling, once a night however many nodes share the database: each node's schedule
 * fires, and the one that first claims the night in {@code nattkorning} runs it. A node that dies
 * mid-run leaves the night claimed; the next night takes what was left, as the culling goes by age.
 * A node still starting leaves it to the others: its start-up work may still be going on (the demo
 * writes its history on a moved engine clock).
 */
@Component
class NattligGallring {

    static final String UPPGIFT = "gallring";

    private static final Logger log = LoggerFactory.getLogger(NattligGallring.class);

    private final Gallring gallring;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationAvailability tillganglighet;

    NattligGallring(Gallring gallring, JdbcTemplate jdbc, Clock clock, ApplicationAvailability tillganglighet) {
        this.gallring = gallring;
        this.jdbc = jdbc;
        this.clock = clock;
        this.tillganglighet = tillganglighet;
    }

    /** Runs the culling if no other node has this night; true when this node ran it. */
    @Scheduled(cron = "${hemvag.gallring.schema:0 30 2 * * *}")
    boolean korInatt() {
        if (tillganglighet.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
            log.info("Gallringen väntar: noden startar ännu.");
            return false;
        }
        LocalDate natt = LocalDate.now(clock);
        String nod = ManagementFactory.getRuntimeMXBean().getName();
        try {
            // auto-committed on its own, so the other nodes see the claim at once
            jdbc.update("insert into nattkorning (uppgift, datum, nod, startad) values (?, ?, ?, ?)",
                    UPPGIFT, Date.valueOf(natt), nod, Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException tagen) {
            log.info("Gallringen {} körs av en annan nod: {}.", natt,
                    jdbc.queryForObject("select nod from nattkorning where uppgift = ? and datum = ?", String.class,
                            UPPGIFT, Date.valueOf(natt)));
            return false;
        }
        Gallring.Rapport rapport = gallring.gallra();
        log.info("Gallringen {} körd på {}: {} klienter, åtkomstloggen före {}.", natt, nod, rapport.klienter().size(),
                rapport.atkomstloggGrans());
        return true;
    }
}
