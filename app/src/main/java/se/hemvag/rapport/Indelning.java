package se.hemvag.rapport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** How a report divides its time: month, tertial (four months, as the city reports) or year. */
public enum Indelning {
    MANAD,
    TERTIAL,
    AR;

    /** One period of a report; both days included. */
    public record Rapportperiod(String namn, LocalDate fran, LocalDate till) {
    }

    /** The periods from fran to till, cut at this division's boundaries. */
    public List<Rapportperiod> perioder(LocalDate fran, LocalDate till) {
        List<Rapportperiod> perioder = new ArrayList<>();
        LocalDate start = fran;
        while (!start.isAfter(till)) {
            LocalDate slut = sistaDagen(start);
            if (slut.isAfter(till)) {
                slut = till;
            }
            perioder.add(new Rapportperiod(namn(start), start, slut));
            start = slut.plusDays(1);
        }
        return perioder;
    }

    private LocalDate sistaDagen(LocalDate dag) {
        return switch (this) {
            case MANAD -> dag.with(TemporalAdjusters.lastDayOfMonth());
            case TERTIAL -> LocalDate.of(dag.getYear(), tertial(dag) * 4, 1).with(TemporalAdjusters.lastDayOfMonth());
            case AR -> LocalDate.of(dag.getYear(), 12, 31);
        };
    }

    private String namn(LocalDate dag) {
        return switch (this) {
            case MANAD -> YearMonth.from(dag).toString();
            case TERTIAL -> dag.getYear() + "-T" + tertial(dag);
            case AR -> String.valueOf(dag.getYear());
        };
    }

    private static int tertial(LocalDate dag) {
        return (dag.getMonthValue() - 1) / 4 + 1;
    }
}
