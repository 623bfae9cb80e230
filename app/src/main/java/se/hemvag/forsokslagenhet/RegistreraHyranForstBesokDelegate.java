package se.hemvag.forsokslagenhet;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen.Falt;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen.HyranForstRegistrering;

/** Registers one visit on the visitor's case, or closes the open house for the month. */
@Component("registreraHyranForstBesokDelegate")
class RegistreraHyranForstBesokDelegate implements JavaDelegate {

    private final HyranForst hyranForst;

    RegistreraHyranForstBesokDelegate(HyranForst hyranForst) {
        this.hyranForst = hyranForst;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        Long tillfalleId = ForsokslagenhetProcessen.tillfalleId(execution);
        HyranForstRegistrering registrering = form.val(Falt.REGISTRERING, HyranForstRegistrering.class, "Vad vill du göra?");
        if (registrering == HyranForstRegistrering.BESOK) {
            Hyreshjalp hjalp = form.val(Falt.HJALP, Hyreshjalp.class, "Hjälp");
            if (hjalp == null) {
                throw new OgiltigtFormularException("Ange vilken hjälp klienten fick.");
            }
            hyranForst.registreraBesok(tillfalleId, form.kravdText(Falt.BESOK_ARENDENUMMER, "Klientens ärendenummer"), hjalp,
                    form.text(Falt.BESOK_ANTECKNING));
        } else if (registrering == HyranForstRegistrering.STANG) {
            hyranForst.stang(tillfalleId);
        } else {
            throw new OgiltigtFormularException("Välj att registrera ett besök eller att stänga det öppna huset.");
        }
        execution.removeVariables(List.of("besokArendenummer", "hjalp", "besokAnteckning"));
    }
}
