package se.hemvag.audit;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import se.hemvag.delat.Fritext;
import se.hemvag.delat.Fritextkolumner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention (gallring): a client whose cases are all closed, with nothing new for
 * hemvag.gallring.efter (default five years), has their personal data culled. Name, identity
 * number and phone go, the birth date keeps only its year, and every free text about the client's
 * cases is emptied. The cases remain, without anything that identifies the person, for the unit's
 * figures. A client who only ever had evening assessments (tak över huvudet) is culled the same way,
 * five years after the last one. The access log's own rows go after hemvag.gallring.atkomstlogg-efter
 * (default five years). The engine's history holds no personal data (HistorikUtanPersonuppgifter)
 * and is removed 180 days after an instance ends (history time to live).
 * {@link #rapport()} is the dry run: what the next culling would take.
 */
@Service
public class Gallring {

    static final String GALLRAD = "Gallrad";

    private static final Logger log = LoggerFactory.getLogger(Gallring.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Period efter;
    private final Period atkomstloggEfter;

    /** Every module's free text about clients, declared where its tables are. */
    private final List<Fritext> fritexter;

    Gallring(JdbcTemplate jdbc, Clock clock, @Value("${hemvag.gallring.efter:P5Y}") Period efter,
             @Value("${hemvag.gallring.atkomstlogg-efter:P5Y}") Period atkomstloggEfter,
             List<Fritextkolumner> modulernasFritext) {
        this.fritexter = modulernasFritext.stream().flatMap(m -> m.fritext().stream()).toList();
        this.jdbc = jdbc;
        this.clock = clock;
        this.efter = efter;
        this.atkomstloggEfter = atkomstloggEfter;
    }

    public record Kandidat(Long klientId, int arenden, LocalDate senasteHandelse) {
    }

    /**
     * What the next culling takes: the clients with nothing since {@code grans}, and the access-log
     * rows written before {@code atkomstloggGrans}.
     */
    public record Rapport(LocalDate grans, List<Kandidat> klienter, LocalDate atkomstloggGrans, long atkomstloggRader) {
    }

    /** The dry run: the clients the next culling takes, and the date before which nothing may have happened. */
    @Transactional(readOnly = true)
    public Rapport rapport() {
        LocalDate grans = LocalDate.now(clock).minus(efter);
        // a client qualifies when no case is open and the latest event of every case and every evening
        // assessment (tak över huvudet, which a client may have without ever having a case) lies before the limit
        List<Kandidat> klienter = jdbc.query("""
                select klient_id, arenden, senast from (
                    select k.id as klient_id,
                           (select count(*) from arende a where a.klient_id = k.id) as arenden,
                           (select count(*) from arende a where a.klient_id = k.id and a.avslutad is null) as oppna,
                           greatest(
                               coalesce((select max(greatest(coalesce(a.avslutad, a.ansokningsdatum),
                                                             coalesce(a.senast_kontakt, a.ansokningsdatum)))
                                         from arende a where a.klient_id = k.id), date '1900-01-01'),
                               coalesce((select max(cast(t.bedomd as date)) from tog_bedomning t where t.klient_id = k.id),
                                        date '1900-01-01')) as senast
                    from klient k where k.gallrad is null) per_klient
                where oppna = 0 and senast < ? and senast > date '1900-01-01'
                order by klient_id""",
                (rs, rad) -> new Kandidat(rs.getLong(1), rs.getInt(2), rs.getDate(3).toLocalDate()), Date.valueOf(grans));
        LocalDate atkomstloggGrans = LocalDate.now(clock).minus(atkomstloggEfter);
        Long atkomstloggRader = jdbc.queryForObject("select count(*) from atkomstlogg where tidpunkt < ?", Long.class,
                Timestamp.from(atkomstloggGrans.atStartOfDay(clock.getZone()).toInstant()));
        return new Rapport(grans, klienter, atkomstloggGrans, atkomstloggRader == null ? 0 : atkomstloggRader);
    }

    /** Culls what the dry run lists; NattligGallring runs it every night (hemvag.gallring.schema). */
    @Transactional
    public Rapport gallra() {
        Rapport rapport = rapport();
        LocalDate idag = LocalDate.now(clock);
        for (Kandidat kandidat : rapport.klienter()) {
            for (Fritext fritext : fritexter) {
                jdbc.update("update " + fritext.tabell() + " set " + fritext.kolumn() + " = case when " + fritext.kolumn()
                        + " is null then null else '" + GALLRAD + "' end where " + fritext.rader(), kandidat.klientId());
            }
            jdbc.update("update tog_bedomning set nattlogi = null where klient_id = ?", kandidat.klientId());
            LocalDate fodd = jdbc.queryForObject("select fodelsedatum from klient where id = ?", Date.class,
                    kandidat.klientId()).toLocalDate();
            jdbc.update("update klient set fornamn = ?, efternamn = ?, telefon = null, identitetsnummer = ?, fodelsedatum = ?,"
                    + " gallrad = ? where id = ?", GALLRAD, GALLRAD, "GALLRAD-" + kandidat.klientId(),
                    Date.valueOf(fodd.withDayOfYear(1)), Date.valueOf(idag), kandidat.klientId());
        }
        // the access log is kept as long as the data it is about may be: for loggkontroll, complaints and
        // a client's request to know who has read their case
        jdbc.update("delete from atkomstlogg where tidpunkt < ?",
                Timestamp.from(rapport.atkomstloggGrans().atStartOfDay(clock.getZone()).toInstant()));
        if (!rapport.klienter().isEmpty()) {
            log.info("Gallring: personuppgifter gallrade för {} klienter utan händelser sedan före {}.",
                    rapport.klienter().size(), rapport.grans());
        }
        return rapport;
    }
}
