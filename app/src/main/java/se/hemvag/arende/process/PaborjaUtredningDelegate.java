package se.hemvag.arende.process;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.Arenden;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;

/** Records on the case that the responsible section has started the investigation, and how. */
@Component("paborjaUtredningDelegate")
public class PaborjaUtredningDelegate implements JavaDelegate {

    static final String PABORJAD = "utredningPaborjad";
    static final String INSTRUMENT = "utredningsinstrument";
    static final String PLAN = "utredningPlan";

    private final Arenden arenden;

    PaborjaUtredningDelegate(Arenden arenden) {
        this.arenden = arenden;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        String instrument = form.kravdText(INSTRUMENT, "Utredningsinstrument");
        if (!Set.of("IB", "FIA", "DUR", "ASI").contains(instrument)) {
            throw new OgiltigtFormularException("Utredningsinstrumentet ska vara IB, FIA, DUR eller ASI.");
        }
        arenden.iProcessen(execution)
                .utredningPaborjad(form.kravtDatum(PABORJAD, "Datum då utredningen påbörjades"), instrument,
                        form.kravdText(PLAN, "Planering av utredningen"));
        execution.removeVariable(PLAN);
    }
}
