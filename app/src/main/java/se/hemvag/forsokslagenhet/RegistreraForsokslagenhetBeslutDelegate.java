package se.hemvag.forsokslagenhet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen.Falt;

/** The decision on a trial apartment. It is granted only to a client whose finances are investigated. */
@Component("registreraForsokslagenhetBeslutDelegate")
class RegistreraForsokslagenhetBeslutDelegate implements JavaDelegate {

    private final Forsokslagenheter forsokslagenheter;
    private final Clock clock;

    RegistreraForsokslagenhetBeslutDelegate(Forsokslagenheter forsokslagenheter, Clock clock) {
        this.forsokslagenheter = forsokslagenheter;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        ForsokslagenhetProcessen.Beslut beslut = form.val(Falt.FORSOKSLAGENHET_BESLUT, ForsokslagenhetProcessen.Beslut.class,
                "Beslut");
        if (beslut == null) {
            throw new OgiltigtFormularException("Beslutet ska vara att bevilja eller avslå försökslägenhet.");
        }
        Forsokslagenhet forsokslagenhet = forsokslagenheter.hamta(ForsokslagenhetProcessen.forsokslagenhetId(execution));
        if (beslut == ForsokslagenhetProcessen.Beslut.BEVILJAD && !forsokslagenhet.isEkonomiUtredd()) {
            throw new OgiltigtFormularException("Försökslägenhet kan beviljas först när klientens ekonomi är utredd. "
                    + "Avslå, eller utred ekonomin och ansök på nytt.");
        }
        forsokslagenhet.beslut(beslut == ForsokslagenhetProcessen.Beslut.BEVILJAD, form.kravtDatumSenast(Falt.FORSOKSLAGENHET_BESLUTSDATUM, "Beslutsdatum",
                LocalDate.now(clock)), form.kravdText(Falt.FORSOKSLAGENHET_MOTIVERING, "Motivering"));
        execution.removeVariables(List.of("forsokslagenhetMotivering", "stabilitet"));
    }
}
