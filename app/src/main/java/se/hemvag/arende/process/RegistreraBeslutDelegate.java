package se.hemvag.arende.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.Arenden;
import se.hemvag.arende.Beslut;
import se.hemvag.arende.Formularvarden;
import se.hemvag.arende.OgiltigtFormularException;

/** Records the decision on the application; a denial sends the case to closure with reason AVSLAG. */
@Component("registreraBeslutDelegate")
public class RegistreraBeslutDelegate implements JavaDelegate {

    private final Arenden arenden;

    RegistreraBeslutDelegate(Arenden arenden) {
        this.arenden = arenden;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        Beslut beslut = form.val("beslut", Beslut.class, "Beslut");
        if (beslut == null) {
            throw new OgiltigtFormularException("Ange beslutet: bevilja insatser eller avslå ansökan.");
        }
        arenden.hamta((Long) execution.getVariable(ArendeProcessen.ARENDE_ID)).beslutFattat(beslut,
                form.kravtDatum("beslutsdatum", "Beslutsdatum"), form.kravdText("beslutMotivering", "Motivering"));
        execution.removeVariable("beslutMotivering");
        if (beslut == Beslut.AVSLAG) {
            execution.setVariable(ArendeProcessen.AVSLUTSORSAK, "AVSLAG");
        }
    }
}
