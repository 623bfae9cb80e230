package se.hemvag.rapport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.delat.OgiltigBegaranException;

/**
 * The monthly budget follow-up of placements: cost per section and month against the budget the
 * unit set, and a forecast for the year (the cost so far, and the placements under way running on
 * to their end date, or to the year's end when none is set).
 */
@Service
class Budgetuppfoljning {

    private final BudgetRepository budgetar;
    private final Placeringar placeringar;
    private final Clock clock;

    Budgetuppfoljning(BudgetRepository budgetar, Placeringar placeringar, Clock clock) {
        this.budgetar = budgetar;
        this.placeringar = placeringar;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Uppfoljning uppfoljning(String sektion, int ar) {
        LocalDate idag = LocalDate.now(clock);
        Map<Integer, Long> budget = budgetar.findBySektionAndArOrderByManad(sektion, ar).stream()
                .collect(Collectors.toMap(Budget::getManad, Budget::getBelopp));
        List<Manad> manader = new ArrayList<>();
        long utfallHittills = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth manad = YearMonth.of(ar, m);
            LocalDate sista = manad.atEndOfMonth().isBefore(idag) ? manad.atEndOfMonth() : idag;
            long utfall = placeringar.under(sektion, manad.atDay(1), sista).stream().mapToLong(Placeringar.Placering::kostnad).sum();
            utfallHittills += utfall;
            Long manadensBudget = budget.get(m);
            manader.add(new Manad(manad.toString(), manadensBudget, utfall,
                    manadensBudget == null ? null : manadensBudget - utfall, !manad.atDay(1).isAfter(idag)));
        }
        LocalDate arsslut = LocalDate.of(ar, 12, 31);
        LocalDate imorgon = idag.plusDays(1);
        long kommande = placeringar.under(sektion, imorgon.isAfter(LocalDate.of(ar, 1, 1)) ? imorgon : LocalDate.of(ar, 1, 1),
                arsslut).stream().mapToLong(Placeringar.Placering::kostnad).sum();
        Long arsbudget = budget.isEmpty() ? null : budget.values().stream().mapToLong(Long::longValue).sum();
        long prognos = utfallHittills + kommande;
        return new Uppfoljning(sektion, ar, manader, arsbudget, utfallHittills, prognos,
                arsbudget == null ? null : arsbudget - prognos);
    }

    /** The unit sets the section's budget for the year, month by month (kronor). */
    @Transactional
    Uppfoljning sattBudget(String sektion, int ar, List<Long> perManad, String av) {
        if (perManad == null || perManad.size() != 12 || perManad.stream().anyMatch(b -> b == null || b < 0)) {
            throw new OgiltigBegaranException("Ange budgeten för årets tolv månader, i kronor (0 eller mer).");
        }
        Map<Integer, Budget> finns = budgetar.findBySektionAndArOrderByManad(sektion, ar).stream()
                .collect(Collectors.toMap(Budget::getManad, Function.identity()));
        for (int m = 1; m <= 12; m++) {
            long belopp = perManad.get(m - 1);
            Budget befintlig = finns.get(m);
            if (befintlig != null) {
                befintlig.andra(belopp, av);
            } else {
                budgetar.save(new Budget(sektion, ar, m, belopp, av));
            }
        }
        return uppfoljning(sektion, ar);
    }

    /** {@code avvikelse}: budget minus cost (negative: over budget); {@code paborjad}: the month has begun. */
    record Manad(String manad, Long budget, long utfall, Long avvikelse, boolean paborjad) {
    }

    record Uppfoljning(String sektion, int ar, List<Manad> manader, Long arsbudget, long utfallHittills, long prognos,
                       Long prognosAvvikelse) {
    }
}
