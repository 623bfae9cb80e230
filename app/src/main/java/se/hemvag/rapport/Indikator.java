package se.hemvag.rapport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * One indicator over a report's periods: for each period (and group, where the indicator is
 * broken down, e.g. by section) the figure for women, men and in total, with the goal beside it.
 *
 * @param enhet      what the figures are: andel (a share, 0–1), antal, dagar or kronor
 * @param malRiktning {@code minst} or {@code hogst}: whether the result should reach or stay under the goal
 * @param raknade    what a count or a share's numerator and denominator are counted in, in Swedish as the
 *                   unit writes it: {@code individer}, {@code ärenden}, {@code besök}, …
 */
public record Indikator(String id, String namn, String enhet, String definition, BigDecimal mal, String malRiktning,
                        String raknade, List<Rad> rader) {

    static final String INDIVIDER = "individer";
    static final String ARENDEN = "ärenden";

    /** An indicator counted in cases. */
    Indikator(String id, String namn, String enhet, String definition, BigDecimal mal, String malRiktning, List<Rad> rader) {
        this(id, namn, enhet, definition, mal, malRiktning, ARENDEN, rader);
    }

    public record Rad(String period, LocalDate fran, LocalDate till, String grupp, Matt kvinnor, Matt man, Matt totalt) {
    }

    /**
     * A figure: for a share, {@code antal} of {@code av} and the share itself (null when there is
     * nothing to count); otherwise the value, with {@code antal} what it was counted over.
     */
    public record Matt(BigDecimal varde, long antal, Long av) {

        static Matt andel(long antal, long av) {
            return new Matt(av == 0 ? null : BigDecimal.valueOf(antal).divide(BigDecimal.valueOf(av), 3, RoundingMode.HALF_UP),
                    antal, av);
        }

        static Matt antal(long antal) {
            return new Matt(BigDecimal.valueOf(antal), antal, null);
        }

        static Matt varde(BigDecimal varde, long antal) {
            return new Matt(varde, antal, null);
        }
    }
}
