package se.hemvag.avslut;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Arenden;
import se.hemvag.avslut.AvslutProcessen.Falt;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.tillhorighet.Overlamningssatt;

/** Stores the handover to the new municipality's or district's social services. */
@Component("registreraFlyttoverlamningDelegate")
class RegistreraFlyttoverlamningDelegate implements JavaDelegate {

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
        Overlamningssatt satt = form.val(Falt.OVERLAMNINGSSATT, Overlamningssatt.class, "Hur ärendet lämnades över");
        if (satt == null) {
            throw new OgiltigtFormularException("Ange hur ärendet lämnades över.");
        }
        Arende arende = arenden.iProcessen(execution);
        String mottagare = form.kravdText(Falt.MOTTAGARE, "Mottagande socialtjänst");
        arende.overlamnadTill(mottagare);
        overlamningar.save(new Flyttoverlamning(arende.getId(), mottagare,
                form.kravtDatum(Falt.OVERLAMNINGSDATUM, "Datum för överlämningen"),
                satt, form.text(Falt.KONTAKTPERSON), form.text(Falt.OVERLAMNING_ANTECKNING), inloggad.id()));
        execution.removeVariables(List.of("overlamningAnteckning"));
    }
}
