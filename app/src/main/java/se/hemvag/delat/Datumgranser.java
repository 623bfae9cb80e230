package se.hemvag.delat;

import java.time.LocalDate;

/**
 * The years a date asked for in the API may lie in. Java reads dates far outside any report
 * (year +999999999), and counting a year back or on from them fails; such a date is bad input.
 */
public final class Datumgranser {

    public static final int FORSTA_AR = 1900;
    public static final int SISTA_AR = 2200;

    private Datumgranser() {
    }

    /** The date, or a 400 in Swedish when it is outside FORSTA_AR–SISTA_AR. */
    public static LocalDate rimligt(LocalDate dag, String vad) {
        if (dag != null && (dag.getYear() < FORSTA_AR || dag.getYear() > SISTA_AR)) {
            throw new OgiltigBegaranException(vad + " (" + dag + ") ska ligga mellan år " + FORSTA_AR + " och " + SISTA_AR + ".");
        }
        return dag;
    }
}
