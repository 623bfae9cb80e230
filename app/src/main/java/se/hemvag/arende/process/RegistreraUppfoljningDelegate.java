package se.hemvag.arende.process;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.Arenden;
import se.hemvag.arende.Arendeuppfoljning;
import se.hemvag.arende.ArendeuppfoljningRepository;
import se.hemvag.arende.Formularvarden;
import se.hemvag.arende.OgiltigtFormularException;
import se.hemvag.security.InloggadAnvandare;

/** Stores a follow-up with the client and whether the case goes on or is to be closed. */
@Component("registreraUppfoljningDelegate")
public class RegistreraUppfoljningDelegate implements JavaDelegate {

    private final ArendeuppfoljningRepository uppfoljningar;
    private final InloggadAnvandare inloggad;
    private final Arenden arenden;

    RegistreraUppfoljningDelegate(ArendeuppfoljningRepository uppfoljningar, InloggadAnvandare inloggad, Arenden arenden) {
        this.uppfoljningar = uppfoljningar;
        this.arenden = arenden;
        this.inloggad = inloggad;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        String utfall = form.kravdText("uppfoljningUtfall", "Hur ärendet går vidare");
        if (!utfall.equals("FORTSATT") && !utfall.equals("AVSLUTA")) {
            throw new OgiltigtFormularException("Välj om ärendet fortsätter eller ska avslutas.");
        }
        Long arendeId = (Long) execution.getVariable(ArendeProcessen.ARENDE_ID);
        LocalDate datum = form.kravtDatum("uppfoljningsdatum", "Datum för uppföljningen");
        arenden.hamta(arendeId).kontaktMedKlienten(datum);
        uppfoljningar.save(new Arendeuppfoljning(
                arendeId,
                datum,
                form.kravdText("sammanfattning", "Sammanfattning"),
                utfall.equals("FORTSATT"),
                inloggad.id()));
        execution.removeVariables(List.of("sammanfattning", "uppfoljningsdatum"));
    }
}
