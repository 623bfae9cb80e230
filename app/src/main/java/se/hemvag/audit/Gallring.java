package se.hemvag.audit;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention (gallring): a client whose cases are all closed, with nothing new for
 * hemvag.gallring.efter (default five years), has their personal data culled. Name, identity
 * number and phone go, the birth date keeps only its year, and every free text about the client's
 * cases is emptied. The cases remain, without anything that identifies the person, for the unit's
 * figures. The engine's own history has gone long before (history time to live, 180 days).
 * {@link #rapport()} is the dry run: what the next culling would take.
 */
@Service
public class Gallring {

    static final String GALLRAD = "Gallrad";

    private static final Logger log = LoggerFactory.getLogger(Gallring.class);

    /** Where a case's free texts are, as (table, column, how the table reaches the case). */
    private static final List<String[]> FRITEXTER = List.of(
            new String[] {"arende", "ansokan_anteckning", "id"},
            new String[] {"arende", "utredning_plan", "id"},
            new String[] {"arende", "beslut_motivering", "id"},
            new String[] {"arende", "anstalt", "id"},
            new String[] {"tillhorighetsutredning", "anteckning", "arende_id"},
            new String[] {"overlamning", "kontaktperson", "arende_id"},
            new String[] {"overlamning", "anteckning", "arende_id"},
            new String[] {"arendeuppfoljning", "sammanfattning", "arende_id"},
            new String[] {"avslut", "anteckning", "arende_id"},
            new String[] {"kontaktforsok", "anteckning", "arende_id"},
            new String[] {"flyttoverlamning", "kontaktperson", "arende_id"},
            new String[] {"flyttoverlamning", "anteckning", "arende_id"},
            new String[] {"medhandlaggning", "behov", "arende_id"},
            new String[] {"hyran_forst_besok", "anteckning", "arende_id"},
            new String[] {"sip", "avbojt_anledning", "arende_id"},
            new String[] {"sip", "inbjudna", "arende_id"},
            new String[] {"sip", "plan", "arende_id"},
            new String[] {"sip", "huvudansvarig", "arende_id"},
            new String[] {"forsokslagenhet", "stabilitet", "arende_id"},
            new String[] {"forsokslagenhet", "beslut_motivering", "arende_id"},
            new String[] {"forsokslagenhet", "adress", "arende_id"},
            new String[] {"sip_samtycke", "omfattning", "sip_id in (select id from sip where arende_id"},
            new String[] {"sip_samtycke", "aterkallat_anteckning", "sip_id in (select id from sip where arende_id"},
            new String[] {"sip_uppfoljning", "anteckning", "sip_id in (select id from sip where arende_id"},
            new String[] {"kontraktsgranskning", "anteckning", "forsokslagenhet_id in (select id from forsokslagenhet where arende_id"},
            new String[] {"avvikelse", "deltagare", "forsokslagenhet_id in (select id from forsokslagenhet where arende_id"},
            new String[] {"avvikelse", "klientens_syn", "forsokslagenhet_id in (select id from forsokslagenhet where arende_id"},
            new String[] {"hyresskuld", "anteckning", "forsokslagenhet_id in (select id from forsokslagenhet where arende_id"},
            new String[] {"hyresskuld", "atgard", "forsokslagenhet_id in (select id from forsokslagenhet where arende_id"},
            new String[] {"lagenhetsinfo_kallelse", "utvardering", "forsokslagenhet_id in (select id from forsokslagenhet where arende_id"});

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Period efter;

    Gallring(JdbcTemplate jdbc, Clock clock, @Value("${hemvag.gallring.efter:P5Y}") Period efter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.efter = efter;
    }

    public record Kandidat(Long klientId, int arenden, LocalDate senasteHandelse) {
    }

    public record Rapport(LocalDate grans, List<Kandidat> klienter) {
    }

    /** The dry run: the clients the next culling takes, and the date before which nothing may have happened. */
    @Transactional(readOnly = true)
    public Rapport rapport() {
        LocalDate grans = LocalDate.now(clock).minus(efter);
        // a client qualifies when no case is open and the latest event of every case lies before the limit
        List<Kandidat> klienter = jdbc.query("""
                select k.id, count(a.id) as arenden,
                       max(greatest(a.ansokningsdatum, coalesce(a.avslutad, a.ansokningsdatum),
                                    coalesce(a.senast_kontakt, a.ansokningsdatum))) as senast
                from klient k join arende a on a.klient_id = k.id
                where k.gallrad is null
                group by k.id
                having sum(case when a.avslutad is null then 1 else 0 end) = 0
                   and max(greatest(a.ansokningsdatum, coalesce(a.avslutad, a.ansokningsdatum),
                                    coalesce(a.senast_kontakt, a.ansokningsdatum))) < ?
                order by k.id""",
                (rs, rad) -> new Kandidat(rs.getLong(1), rs.getInt(2), rs.getDate(3).toLocalDate()), Date.valueOf(grans));
        return new Rapport(grans, klienter);
    }

    /** Culls what the dry run lists; runs every night (hemvag.gallring.schema). */
    @Scheduled(cron = "${hemvag.gallring.schema:0 30 2 * * *}")
    @Transactional
    public Rapport gallra() {
        Rapport rapport = rapport();
        LocalDate idag = LocalDate.now(clock);
        for (Kandidat kandidat : rapport.klienter()) {
            for (String[] fritext : FRITEXTER) {
                String nyckel = fritext[2].equals("id") ? "id in (select id from arende where klient_id = ?)"
                        : fritext[2].contains("(") ? fritext[2] + " in (select id from arende where klient_id = ?))"
                        : fritext[2] + " in (select id from arende where klient_id = ?)";
                jdbc.update("update " + fritext[0] + " set " + fritext[1] + " = case when " + fritext[1]
                        + " is null then null else '" + GALLRAD + "' end where " + nyckel, kandidat.klientId());
            }
            jdbc.update("update tog_bedomning set nattlogi = null where klient_id = ?", kandidat.klientId());
            LocalDate fodd = jdbc.queryForObject("select fodelsedatum from klient where id = ?", Date.class,
                    kandidat.klientId()).toLocalDate();
            jdbc.update("update klient set fornamn = ?, efternamn = ?, telefon = null, identitetsnummer = ?, fodelsedatum = ?,"
                    + " gallrad = ? where id = ?", GALLRAD, GALLRAD, "GALLRAD-" + kandidat.klientId(),
                    Date.valueOf(fodd.withDayOfYear(1)), Date.valueOf(idag), kandidat.klientId());
        }
        if (!rapport.klienter().isEmpty()) {
            log.info("Gallring: personuppgifter gallrade för {} klienter utan händelser sedan före {}.",
                    rapport.klienter().size(), rapport.grans());
        }
        return rapport;
    }
}
