package se.hemvag.rapport;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Insatstyp;
import se.hemvag.arende.Jobbtorg;

/**
 * Clients on economic assistance who are active at jobbtorg, as the caseworkers recorded it at
 * their follow-ups: the verksamhetsplan's goal that at least a quarter of them are.
 */
@Component
class JobbtorgIndikatorer implements Indikatorgrupp {

    private static final String BISTAND = Insatstyp.EKONOMISKT_BISTAND.name();

    private final JdbcTemplate jdbc;
    private final BigDecimal malJobbtorg;

    JobbtorgIndikatorer(JdbcTemplate jdbc, @Value("${hemvag.mal.jobbtorg:0.25}") BigDecimal malJobbtorg) {
        this.jdbc = jdbc;
        this.malJobbtorg = malJobbtorg;
    }

    private record Bistand(long arende, String kon, LocalDate start, LocalDate slut) {

        /** Running at the end of the day: begun, and not ended that day or before (a case closed that day has ended). */
        boolean pagar(LocalDate dag) {
            return !start.isAfter(dag) && (slut == null || slut.isAfter(dag));
        }
    }

    @Override
    public List<Indikator> rakna(Urval urval) {
        // a client has one open case at a time, and its interventions end with it: at the end of a
        // day, a client's running assistance is that of one case, so the cases are the individuals
        String bistandIPerioden = " from insats i where i.typ = ? and i.startdatum <= ?"
                + " and (i.slutdatum is null or i.slutdatum >= ?)" + urval.och("i.sektion");
        Object[] parametrar = urval.parametrar(BISTAND, Date.valueOf(urval.till()), Date.valueOf(urval.fran()));
        List<Bistand> bistand = jdbc.query("select i.arende_id, i.kon, i.startdatum, i.slutdatum" + bistandIPerioden,
                (rs, rad) -> new Bistand(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate()), parametrar);
        // per case: the follow-ups' answers by day, the latest of a day last
        Map<Long, TreeMap<LocalDate, Boolean>> svar = new HashMap<>();
        jdbc.query("select u.arende_id, u.uppfoljningsdatum, u.jobbtorg from arendeuppfoljning u"
                        + " where u.jobbtorg is not null and u.uppfoljningsdatum <= ?"
                        + " and u.arende_id in (select i.arende_id" + bistandIPerioden + ") order by u.uppfoljningsdatum, u.id",
                rs -> {
                    svar.computeIfAbsent(rs.getLong(1), a -> new TreeMap<>())
                            .put(rs.getDate(2).toLocalDate(), Jobbtorg.AKTUELL.name().equals(rs.getString(3)));
                }, urval.parametrar(Date.valueOf(urval.till()), BISTAND, Date.valueOf(urval.till()), Date.valueOf(urval.fran())));
        Summor aktuella = urval.summor();
        for (int p = 0; p < urval.perioder().size(); p++) {
            int period = p;
            LocalDate dag = urval.perioder().get(p).till();
            // one client, one count (two interventions of assistance at once count once), with the case's latest answer
            Map<Long, String> perArende = new HashMap<>();
            for (Bistand b : bistand) {
                if (b.pagar(dag)) {
                    perArende.putIfAbsent(b.arende(), b.kon());
                }
            }
            perArende.forEach((arende, kon) -> {
                TreeMap<LocalDate, Boolean> arendets = svar.get(arende);
                Map.Entry<LocalDate, Boolean> senast = arendets == null ? null : arendets.floorEntry(dag);
                aktuella.laggIPeriod(null, period, kon, senast != null && senast.getValue() ? 1 : 0, 1);
            });
        }
        return List.of(new Indikator("jobbtorg", "Aktuella på jobbtorg", "andel",
                "Andel av de klienter som har ekonomiskt bistånd periodens sista dag som är aktuella på jobbtorg enligt"
                        + " handläggarens senaste uppföljning fram till den dagen. En klient utan besvarad uppföljning räknas"
                        + " som inte aktuell. Räknas i individer.", malJobbtorg, "minst", Indikator.INDIVIDER,
                aktuella.andelar()));
    }
}
