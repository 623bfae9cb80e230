package se.hemvag.arende.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.Arenden;
import se.hemvag.arende.Arendeuppfoljning;
import se.hemvag.arende.ArendeuppfoljningRepository;
import se.hemvag.arende.Formularvarden;
import se.hemvag.arende.OgiltigtFormularException;
import se.hemvag.security.InloggadAnvandare;

/**
 * Stores a follow-up with the client and how the case goes on: as before, kept open during a
 * short prison sentence, or closed (because of a move, with a handover).
 */
@Component("registreraUppfoljningDelegate")
public class RegistreraUppfoljningDelegate implements JavaDelegate {

    private final ArendeuppfoljningRepository uppfoljningar;
    /** FORTSATT and FANGELSE go on with follow-ups; AVSLUTA and FLYTT close the case. */
    static final Set<String> UTFALL = Set.of("FORTSATT", "FANGELSE", "FLYTT", "AVSLUTA");

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
        String utfall = form.kravdText("uppfoljningUtfall", "Hur ärendet går vidare");
        if (!UTFALL.contains(utfall)) {
            throw new OgiltigtFormularException("Välj hur ärendet går vidare: fortsätter, fängelsestraff, flytt eller avslut.");
        }
        Long arendeId = arenden.iProcessen(execution).getId();
        LocalDate datum = form.kravtDatum("uppfoljningsdatum", "Datum för uppföljningen");
        Arende arende = arenden.hamta(arendeId);
        arende.kontaktMedKlienten(datum);
        if (utfall.equals("FANGELSE")) {
            LocalDate frigivning = form.kravtDatum("frigivningsdatum", "Datum för frigivningen");
            if (!frigivning.isAfter(LocalDate.now(clock))) {
                throw new OgiltigtFormularException("Frigivningsdatumet " + frigivning + " har redan passerat.");
            }
            arende.fangelsevistelse(form.kravdText("anstalt", "Anstalt"), frigivning);
        } else if (utfall.equals("FLYTT")) {
            execution.setVariable(ArendeProcessen.AVSLUTSORSAK, "FLYTT");
        }
        uppfoljningar.save(new Arendeuppfoljning(
                arendeId,
                datum,
                form.kravdText("sammanfattning", "Sammanfattning"),
                !utfall.equals("AVSLUTA") && !utfall.equals("FLYTT"),
                inloggad.id()));
        execution.removeVariables(List.of("sammanfattning", "uppfoljningsdatum", "frigivningsdatum", "anstalt"));
    }
}
