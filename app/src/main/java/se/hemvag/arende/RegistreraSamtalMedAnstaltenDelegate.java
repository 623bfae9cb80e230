package se.hemvag.arende;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.ArendeProcessen.Falt;
import se.hemvag.delat.Formularvarden;
import se.hemvag.security.InloggadAnvandare;

/** Records the call to the prison before release as a follow-up of the case. */
@Component("registreraSamtalMedAnstaltenDelegate")
class RegistreraSamtalMedAnstaltenDelegate implements JavaDelegate {

    private final ArendeuppfoljningRepository uppfoljningar;
    private final Arenden arenden;
    private final InloggadAnvandare inloggad;

    RegistreraSamtalMedAnstaltenDelegate(ArendeuppfoljningRepository uppfoljningar, Arenden arenden,
                                        InloggadAnvandare inloggad) {
        this.uppfoljningar = uppfoljningar;
        this.arenden = arenden;
        this.inloggad = inloggad;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        Arende arende = arenden.iProcessen(execution);
        uppfoljningar.save(new Arendeuppfoljning(arende.getId(),
                form.kravtDatum(Falt.SAMTALSDATUM, "Datum för samtalet"),
                "Samtal med " + arende.getAnstalt() + " inför frigivningen " + arende.getFrigivningsdatum() + ": "
                        + form.kravdText(Falt.PLANERING, "Planering inför frigivningen"),
                true, null, inloggad.id()));
        execution.removeVariables(List.of("samtalsdatum", "planering"));
    }
}
