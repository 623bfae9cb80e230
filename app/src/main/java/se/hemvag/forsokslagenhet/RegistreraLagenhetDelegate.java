package se.hemvag.forsokslagenhet;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen.Falt;

/** Administrationen registers the apartment: address, landlord and the second-hand contract's dates. */
@Component("registreraLagenhetDelegate")
class RegistreraLagenhetDelegate implements JavaDelegate {

    private final Forsokslagenheter forsokslagenheter;

    RegistreraLagenhetDelegate(Forsokslagenheter forsokslagenheter) {
        this.forsokslagenheter = forsokslagenheter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        LocalDate fran = form.kravtDatum(Falt.KONTRAKT_FRAN, "Andrahandskontraktet gäller från");
        LocalDate till = form.datum(Falt.KONTRAKT_TILL, "Andrahandskontraktet gäller till");
        if (till != null && !till.isAfter(fran)) {
            throw new OgiltigtFormularException("Kontraktets slutdatum " + till + " ska ligga efter startdatumet " + fran + ".");
        }
        forsokslagenheter.hamta(ForsokslagenhetProcessen.forsokslagenhetId(execution))
                .lagenhet(form.kravdText(Falt.ADRESS, "Adress"), form.kravdText(Falt.HYRESVARD, "Hyresvärd"), fran, till);
    }
}
