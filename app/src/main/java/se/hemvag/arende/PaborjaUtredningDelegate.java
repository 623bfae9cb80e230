package se.hemvag.arende;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.ArendeProcessen.Falt;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;

/** Records on the case that the responsible section has started the investigation, and how. */
@Component("paborjaUtredningDelegate")
class PaborjaUtredningDelegate implements JavaDelegate {


    private final Arenden arenden;

    PaborjaUtredningDelegate(Arenden arenden) {
        this.arenden = arenden;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        String instrument = form.kravdText(Falt.UTREDNINGSINSTRUMENT, "Utredningsinstrument");
        if (!Set.of("IB", "FIA", "DUR", "ASI").contains(instrument)) {
            throw new OgiltigtFormularException("Utredningsinstrumentet ska vara IB, FIA, DUR eller ASI.");
        }
        arenden.iProcessen(execution)
                .utredningPaborjad(form.kravtDatum(Falt.UTREDNING_PABORJAD, "Datum då utredningen påbörjades"), instrument,
                        form.kravdText(Falt.UTREDNING_PLAN, "Planering av utredningen"));
        execution.removeVariable(Falt.UTREDNING_PLAN.nyckel());
    }
}
