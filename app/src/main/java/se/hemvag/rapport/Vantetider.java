package se.hemvag.rapport;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Where the open cases wait now: per stage of the process (Vantesteg), per section and for the whole
 * unit, how many cases are at the stage, the median and 90th percentile of the days they have waited
 * there so far, and the cases that have waited longest. One query per stage, however many cases;
 * the figures are counted here from the days.
 */
@Service
class Vantetider {

    /** How many of the longest-waiting cases a section's figures and the whole unit's show. */
    static final int LANGST_PER_SEKTION = 5;
    static final int LANGST_HELA_ENHETEN = 10;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Vantetider(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One open case at a stage: which section it counts for and the day it entered the stage. */
    record Vantan(Vantesteg steg, String arendenummer, String sektion, LocalDate sedan) {
    }

    record Rapport(LocalDate idag, boolean helaEnheten, List<String> sektioner, List<Steg> steg) {
    }

    /**
     * A stage: its Swedish name, when a case enters and leaves it, its BPMN activities per process,
     * the whole unit's figures (only for those who see the whole unit) and each section's.
     */
    record Steg(String id, String namn, String borjar, Map<String, List<String>> aktiviteter, Siffror helaEnheten,
                List<Siffror> perSektion) {
    }

    /** {@code medianDagar}, {@code p90Dagar}: null when no case waits at the stage. */
    record Siffror(String sektion, int antal, BigDecimal medianDagar, Integer p90Dagar, List<Vantande> langstVantande) {
    }

    record Vantande(String arendenummer, String sektion, LocalDate sedan, long dagar) {
    }

    /**
     * The figures for the sections given (their cases only), and with {@code helaEnheten} every
     * case and the unit's figures beside the sections'.
     */
    Rapport rapport(boolean helaEnheten, List<String> sektioner, boolean medArenden) {
        LocalDate idag = LocalDate.now(clock);
        List<Vantan> vantande = vantande(helaEnheten ? null : sektioner);
        return sammanstall(idag, helaEnheten, sektioner, vantande, medArenden);
    }

    /** Every open case at every stage, of the sections given (null: all). */
    List<Vantan> vantande(List<String> sektioner) {
        String villkor = sektioner == null ? "" : " and " + Vantesteg.SEKTION + " in ("
                + String.join(", ", sektioner.stream().map(s -> "?").toList()) + ")";
        Object[] parametrar = sektioner == null ? new Object[0] : sektioner.toArray();
        List<Vantan> alla = new ArrayList<>();
        for (Vantesteg steg : Vantesteg.values()) {
            jdbc.query(steg.fraga() + villkor, rs -> {
                alla.add(new Vantan(steg, rs.getString(1), rs.getString(2), sedan(rs, steg)));
            }, parametrar);
        }
        return alla;
    }

    private LocalDate sedan(ResultSet rs, Vantesteg steg) throws SQLException {
        if (steg.tidpunkt()) {
            java.sql.Timestamp tid = rs.getTimestamp(3);
            return tid == null ? null : tid.toInstant().atZone(clock.getZone()).toLocalDate();
        }
        java.sql.Date dag = rs.getDate(3);
        return dag == null ? null : dag.toLocalDate();
    }

    /** The figures from the open cases, counted in days up to {@code idag}. */
    static Rapport sammanstall(LocalDate idag, boolean helaEnheten, List<String> sektioner, List<Vantan> vantande,
                               boolean medArenden) {
        Map<Vantesteg, List<Vantande>> perSteg = new HashMap<>();
        for (Vantan v : vantande) {
            // a start after today (a date typed ahead) has waited no days yet
            long dagar = v.sedan() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(v.sedan(), idag));
            perSteg.computeIfAbsent(v.steg(), s -> new ArrayList<>())
                    .add(new Vantande(v.arendenummer(), v.sektion(), v.sedan(), dagar));
        }
        List<Steg> steg = new ArrayList<>();
        for (Vantesteg s : Vantesteg.values()) {
            List<Vantande> allaISteget = perSteg.getOrDefault(s, List.of());
            Map<String, List<Vantande>> perSektion = new HashMap<>();
            allaISteget.forEach(v -> perSektion.computeIfAbsent(v.sektion(), k -> new ArrayList<>()).add(v));
            List<Siffror> sektionernas = sektioner.stream()
                    .map(sektion -> siffror(sektion, perSektion.getOrDefault(sektion, List.of()),
                            medArenden ? LANGST_PER_SEKTION : 0)).toList();
            steg.add(new Steg(s.id(), s.namn(), s.borjar(), s.aktiviteter(),
                    helaEnheten ? siffror(Indikatorer.HELA_ENHETEN, allaISteget, medArenden ? LANGST_HELA_ENHETEN : 0) : null,
                    sektionernas));
        }
        return new Rapport(idag, helaEnheten, sektioner, steg);
    }

    private static Siffror siffror(String grupp, List<Vantande> vantande, int langst) {
        int[] dagar = vantande.stream().mapToLong(Vantande::dagar).mapToInt(Math::toIntExact).sorted().toArray();
        List<Vantande> langstVantande = vantande.stream()
                .sorted(Comparator.comparingLong(Vantande::dagar).reversed().thenComparing(Vantande::arendenummer))
                .limit(langst).toList();
        return new Siffror(grupp, dagar.length, median(dagar), p90(dagar), langstVantande);
    }

    /** The middle value, or the mean of the two middle values (as the indicator median-dagar). */
    static BigDecimal median(int[] sorterade) {
        if (sorterade.length == 0) {
            return null;
        }
        int n = sorterade.length;
        long summa = (long) sorterade[(n - 1) / 2] + sorterade[n / 2];
        return summa % 2 == 0 ? BigDecimal.valueOf(summa / 2) : BigDecimal.valueOf(summa).divide(BigDecimal.valueOf(2));
    }

    /** The 90th percentile by nearest rank: the smallest value that at least 90 % of the cases reach or stay under. */
    static Integer p90(int[] sorterade) {
        if (sorterade.length == 0) {
            return null;
        }
        int rang = (int) Math.ceil(0.9 * sorterade.length);
        return sorterade[Math.max(1, rang) - 1];
    }
}
