package se.hemvag.avslut.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Arenden;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.avslut.Flyttoverlamning;
import se.hemvag.avslut.FlyttoverlamningRepository;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.tillhorighet.Overlamningssatt;

/** Stores the handover to the new municipality's or district's social services. */
@Component("registreraFlyttoverlamningDelegate")
public class RegistreraFlyttoverlamningDelegate implements JavaDelegate {

    private final FlyttoverlamningRepository overlamningar;
    private final Arenden arenden;
    private final InloggadAnvandare inloggad;

    RegistreraFlyttoverlamningDelegate(FlyttoverlamningRepository overlamningar, Arenden arenden, InloggadAnvandare inloggad) {
        this.overlamningar = overlamningar;
        this.arenden = arenden;
        this.inloggad = inloggad;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        Overlamningssatt satt = form.val("overlamningssatt", Overlamningssatt.class, "Hur ärendet lämnades över");
        if (satt == null) {
            throw new OgiltigtFormularException("Ange hur ärendet lämnades över.");
        }
        Arende arende = arenden.iProcessen(execution);
        String mottagare = form.kravdText("mottagare", "Mottagande socialtjänst");
        arende.overlamnadTill(mottagare);
        overlamningar.save(new Flyttoverlamning(arende.getId(), mottagare,
                form.kravtDatum("overlamningsdatum", "Datum för överlämningen"),
                satt, form.text("kontaktperson"), form.text("overlamningAnteckning"), inloggad.id()));
        execution.removeVariables(List.of("overlamningAnteckning"));
    }
}
