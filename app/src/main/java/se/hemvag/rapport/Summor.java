package se.hemvag.rapport;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import se.hemvag.rapport.Indelning.Rapportperiod;
import se.hemvag.rapport.Indikator.Matt;
import se.hemvag.rapport.Indikator.Rad;

/**
 * Counts added up per group, period and sex from rows the database grouped by month: a
 * numerator and a denominator each (the denominator unused for plain counts).
 */
final class Summor {

    static final String KVINNA = "KVINNA";
    static final String MAN = "MAN";

    private final List<Rapportperiod> perioder;
    private final Map<YearMonth, Integer> periodForManad = new HashMap<>();
    /** group → [period][0 women, 1 men, 2 in total][0 numerator, 1 denominator] */
    private final Map<String, long[][][]> perGrupp = new LinkedHashMap<>();

    Summor(List<Rapportperiod> perioder) {
        this.perioder = perioder;
        for (int i = 0; i < perioder.size(); i++) {
            for (YearMonth manad = YearMonth.from(perioder.get(i).fran()); !manad.isAfter(YearMonth.from(perioder.get(i).till()));
                 manad = manad.plusMonths(1)) {
                periodForManad.putIfAbsent(manad, i);
            }
        }
    }

    /** The index of the report period a month belongs to, or null when the month is outside the report. */
    Integer period(int ar, int manad) {
        return periodForManad.get(YearMonth.of(ar, manad));
    }

    /** Adds a month's counts; a month outside the report is ignored. */
    void lagg(String grupp, int ar, int manad, String kon, long taljare, long namnare) {
        Integer period = period(ar, manad);
        if (period != null) {
            laggIPeriod(grupp, period, kon, taljare, namnare);
        }
    }

    void laggIPeriod(String grupp, int period, String kon, long taljare, long namnare) {
        long[][][] summor = perGrupp.computeIfAbsent(grupp, g -> new long[perioder.size()][3][2]);
        int k = KVINNA.equals(kon) ? 0 : MAN.equals(kon) ? 1 : -1;
        if (k >= 0) {
            summor[period][k][0] += taljare;
            summor[period][k][1] += namnare;
        }
        summor[period][2][0] += taljare;
        summor[period][2][1] += namnare;
    }

    /** Makes sure a group has rows, also in a report where it has nothing to count. */
    Summor medGrupper(Iterable<String> grupper) {
        for (String grupp : grupper) {
            perGrupp.computeIfAbsent(grupp, g -> new long[perioder.size()][3][2]);
        }
        return this;
    }

    Iterable<String> grupper() {
        return new ArrayList<>(perGrupp.keySet());
    }

    /** A group's sums for one period: [0 women, 1 men, 2 in total][0 numerator, 1 denominator]. */
    long[][] summor(String grupp, int period) {
        long[][][] summor = perGrupp.get(grupp);
        return summor == null ? new long[3][2] : summor[period];
    }

    List<Rad> andelar() {
        return rader((taljare, namnare) -> Matt.andel(taljare, namnare));
    }

    List<Rad> antal() {
        return rader((taljare, namnare) -> Matt.antal(taljare));
    }

    List<Rad> rader(BiFunction<Long, Long, Matt> matt) {
        if (perGrupp.isEmpty()) {
            perGrupp.put(null, new long[perioder.size()][3][2]);
        }
        List<Rad> rader = new ArrayList<>();
        perGrupp.forEach((grupp, summor) -> {
            for (int p = 0; p < perioder.size(); p++) {
                Rapportperiod period = perioder.get(p);
                rader.add(new Rad(period.namn(), period.fran(), period.till(), grupp,
                        matt.apply(summor[p][0][0], summor[p][0][1]), matt.apply(summor[p][1][0], summor[p][1][1]),
                        matt.apply(summor[p][2][0], summor[p][2][1])));
            }
        });
        return rader;
    }

    /** Adds a row per period for the whole unit after the rows per section. */
    static List<Rad> medHelaEnheten(List<Rad> perSektion) {
        Map<String, long[]> hela = new LinkedHashMap<>();
        Map<String, Rad> perioder = new LinkedHashMap<>();
        for (Rad rad : perSektion) {
            long[] summa = hela.computeIfAbsent(rad.period(), p -> new long[3]);
            summa[0] += rad.kvinnor().antal();
            summa[1] += rad.man().antal();
            summa[2] += rad.totalt().antal();
            perioder.putIfAbsent(rad.period(), rad);
        }
        List<Rad> rader = new ArrayList<>(perSektion);
        perioder.forEach((namn, rad) -> {
            long[] summa = hela.get(namn);
            rader.add(new Rad(namn, rad.fran(), rad.till(), Indikatorer.HELA_ENHETEN, Matt.antal(summa[0]), Matt.antal(summa[1]),
                    Matt.antal(summa[2])));
        });
        return rader;
    }
}
