package se.hemvag.arende;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.ArendeProcessen.Falt;
import se.hemvag.arende.ArendeProcessen.Uppfoljningsutfall;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.security.InloggadAnvandare;

/**
 * Stores a follow-up with the client, whether the client is active at jobbtorg, and how the case goes on: as before, kept open during a
 * short prison sentence, or closed (because of a move, with a handover).
 */
@Component("registreraUppfoljningDelegate")
class RegistreraUppfoljningDelegate implements JavaDelegate {

    private final ArendeuppfoljningRepository uppfoljningar;
    /** FORTSATT and FANGELSE go on with follow-ups; AVSLUTA and FLYTT close the case. */

    private final InloggadAnvandare inloggad;
    private final Arenden arenden;
    private final Clock clock;

    RegistreraUppfoljningDelegate(ArendeuppfoljningRepository uppfoljningar, InloggadAnvandare inloggad, Arenden arenden,
                                  Clock clock) {
        this.uppfoljningar = uppfoljningar;
        this.arenden = arenden;
        this.clock = clock;
        this.inloggad = inloggad;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        Uppfoljningsutfall utfall = form.val(Falt.UPPFOLJNING_UTFALL, Uppfoljningsutfall.class,
                "Hur ärendet går vidare");
        if (utfall == null) {
            throw new OgiltigtFormularException("Välj hur ärendet går vidare: fortsätter, fängelsestraff, flytt eller avslut.");
        }
        Jobbtorg jobbtorg = form.val(Falt.JOBBTORG, Jobbtorg.class, "Aktuell på jobbtorg");
        if (jobbtorg == null) {
            throw new OgiltigtFormularException("Svara på om klienten är aktuell på jobbtorg.");
        }
        Long arendeId = arenden.iProcessen(execution).getId();
        LocalDate datum = form.kravtDatum(Falt.UPPFOLJNINGSDATUM, "Datum för uppföljningen");
        Arende arende = arenden.hamta(arendeId);
        arende.kontaktMedKlienten(datum);
        if (utfall == Uppfoljningsutfall.FANGELSE) {
            LocalDate frigivning = form.kravtDatum(Falt.FRIGIVNINGSDATUM, "Datum för frigivningen");
            if (!frigivning.isAfter(LocalDate.now(clock))) {
                throw new OgiltigtFormularException("Frigivningsdatumet " + frigivning + " har redan passerat.");
            }
            arende.fangelsevistelse(form.kravdText(Falt.ANSTALT, "Anstalt"), frigivning);
        } else if (utfall == Uppfoljningsutfall.FLYTT) {
            // the closure form opens with the reason filled in (avslut's Avslutsorsak.FLYTT)
            execution.setVariable(ArendeProcessen.AVSLUTSORSAK, Uppfoljningsutfall.FLYTT.name());
        }
        uppfoljningar.save(new Arendeuppfoljning(
                arendeId,
                datum,
                form.kravdText(Falt.SAMMANFATTNING, "Sammanfattning"),
                utfall != Uppfoljningsutfall.AVSLUTA && utfall != Uppfoljningsutfall.FLYTT,
                jobbtorg,
                inloggad.id()));
        execution.removeVariables(List.of("sammanfattning", "uppfoljningsdatum", "frigivningsdatum", "anstalt",
                Falt.JOBBTORG.nyckel()));
    }
}
