package se.hemvag.rapport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.dao.DataIntegrityViolationException;
import se.hemvag.delat.KonfliktException;
import se.hemvag.delat.OgiltigBegaranException;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sektion.Grupper;
import se.hemvag.sektion.Sektion;

/**
 * The sections' placements and their budget, in place of the Excel lists: who was placed where and
 * for how many nights in a month, and the month-by-month cost against the budget the unit set.
 */
@RestController
class PlaceringController {

    private final Placeringar placeringar;
    private final Budgetuppfoljning budget;
    private final InloggadAnvandare inloggad;
    private final Clock clock;

    PlaceringController(Placeringar placeringar, Budgetuppfoljning budget, InloggadAnvandare inloggad, Clock clock) {
        this.clock = clock;
        this.placeringar = placeringar;
        this.budget = budget;
        this.inloggad = inloggad;
    }

    /** The section's placements person by person in a month: for the section, its leads and ledning. */
    @GetMapping("/api/sektioner/{sektion}/placeringar")
    Placeringslista placeringar(@PathVariable("sektion") String gruppId, @RequestParam(required = false) String manad) {
        Sektion sektion = sektion(gruppId);
        inloggad.krav("Placeringarna i " + sektion.namn() + " är sektionens och ledningens.",
                sektion.gruppId(), sektion.ledningsgruppId(), Grupper.LEDNING);
        YearMonth period;
        try {
            period = manad == null ? YearMonth.now(clock) : YearMonth.parse(manad);
            budgetar(period.getYear());
        } catch (DateTimeParseException e) {
            throw new OgiltigBegaranException("Ange månaden som ÅÅÅÅ-MM, t.ex. 2026-11.");
        }
        LocalDate idag = LocalDate.now(clock);
        LocalDate sista = period.atEndOfMonth().isBefore(idag) ? period.atEndOfMonth() : idag;
        List<Placeringar.Placering> rader = placeringar.under(sektion.gruppId(), period.atDay(1), sista);
        return new Placeringslista(sektion.gruppId(), period.toString(), rader,
                rader.stream().map(Placeringar.Placering::arendenummer).distinct().count(),
                rader.stream().mapToLong(Placeringar.Placering::dygn).sum(),
                rader.stream().mapToLong(Placeringar.Placering::kostnad).sum());
    }

    /** {@code personer}: how many clients were placed; {@code dygn} and {@code kostnad} in total. */
    record Placeringslista(String sektion, String manad, List<Placeringar.Placering> placeringar, long personer, long dygn,
                           long kostnad) {
    }

    /** The monthly budget follow-up with the year's forecast: the section's leads and ledning. */
    @GetMapping("/api/sektioner/{sektion}/budget")
    Budgetuppfoljning.Uppfoljning budget(@PathVariable("sektion") String gruppId, @RequestParam(required = false) Integer ar) {
        Sektion sektion = sektion(gruppId);
        inloggad.krav("Budgetuppföljningen för " + sektion.namn() + " är sektionsledningens och ledningens.",
                sektion.ledningsgruppId(), Grupper.LEDNING);
        return budget.uppfoljning(sektion.gruppId(), budgetar(ar == null ? LocalDate.now(clock).getYear() : ar));
    }

    /** The unit (ledning) sets a section's placement budget for a year, month by month. */
    @PutMapping("/api/sektioner/{sektion}/budget/{ar}")
    Budgetuppfoljning.Uppfoljning sattBudget(@PathVariable("sektion") String gruppId, @PathVariable int ar,
                                             @RequestBody(required = false) Budgetbeslut beslut) {
        Sektion sektion = sektion(gruppId);
        inloggad.krav("Budgeten sätts av enhetens ledning.", Grupper.LEDNING);
        try {
            return budget.sattBudget(sektion.gruppId(), budgetar(ar), beslut == null ? null : beslut.manader(), inloggad.id());
        } catch (DataIntegrityViolationException samtidigt) {
            throw new KonfliktException("Någon annan satte budgeten för " + sektion.namn() + " " + ar
                    + " samtidigt. Ladda om och försök igen.");
        }
    }

    private static int budgetar(int ar) {
        if (ar < 2000 || ar > 2100) {
            throw new OgiltigBegaranException("Året " + ar + " är inget budgetår.");
        }
        return ar;
    }

    /** Kronor for January to December. */
    record Budgetbeslut(List<Long> manader) {
    }

    private static Sektion sektion(String gruppId) {
        Sektion sektion = Sektion.medGruppId(gruppId).orElse(null);
        if (sektion == null || sektion == Sektion.ADMINISTRATIONEN) {
            throw new OgiltigBegaranException("Det finns ingen handläggande sektion '" + gruppId
                    + "'. Ange forsorjning, vuxen, vard-och-omsorg eller mottagningen.");
        }
        return sektion;
    }
}
