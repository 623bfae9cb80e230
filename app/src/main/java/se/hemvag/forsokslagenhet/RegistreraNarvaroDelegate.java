package se.hemvag.forsokslagenhet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen.Falt;

/** One participant's attendance and evaluation; the attendee's case is told, a no-show is called again. */
@Component("registreraNarvaroDelegate")
class RegistreraNarvaroDelegate implements JavaDelegate {

    private final Lagenhetsinfo lagenhetsinfo;

    RegistreraNarvaroDelegate(Lagenhetsinfo lagenhetsinfo) {
        this.lagenhetsinfo = lagenhetsinfo;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        String narvaro = form.kravdText(Falt.NARVARO, "Närvaro");
        boolean narvarande = narvaro.equals("NARVARANDE");
        if (!narvarande && !narvaro.equals("UTEBLEV")) {
            throw new OgiltigtFormularException("Ange om klienten kom eller uteblev.");
        }
        Integer betyg = null;
        if (narvarande) {
            betyg = form.kravtHeltal(Falt.BETYG, "Klientens betyg på informationen");
            if (betyg < 1 || betyg > 5) {
                throw new OgiltigtFormularException("Betyget ska vara från 1 till 5.");
            }
        }
        lagenhetsinfo.registreraNarvaro(ForsokslagenhetProcessen.kallelseId(execution), narvarande, betyg,
                narvarande ? form.text(Falt.UTVARDERING) : null, narvarande && form.ja(Falt.PARM_UTDELAD));
    }
}
