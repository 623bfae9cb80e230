package se.hemvag.forsokslagenhet;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.delat.Formularnyckel;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen.Falt;

/**
 * A participant's attendance task gets the client's name and case number, and its form's fields
 * are declared in the participant's own scope, so participants registered side by side never
 * share a value.
 */
@Component("narvarouppgiftListener")
class NarvarouppgiftListener implements TaskListener {

    static final List<String> FORMULARFALT = Formularnyckel.nycklar(Falt.NARVARO, Falt.BETYG, Falt.UTVARDERING, Falt.PARM_UTDELAD);

    private final Lagenhetsinfo lagenhetsinfo;

    NarvarouppgiftListener(Lagenhetsinfo lagenhetsinfo) {
        this.lagenhetsinfo = lagenhetsinfo;
    }

    @Override
    public void notify(DelegateTask uppgift) {
        Long kallelseId = ForsokslagenhetProcessen.kallelseId(uppgift);
        Arende arende = lagenhetsinfo.arende(kallelseId);
        uppgift.setVariableLocal(ArendeProcessen.ARENDENUMMER, arende.getArendenummer());
        uppgift.setVariableLocal(ArendeProcessen.KLIENT_NAMN, arende.getKlient().namn());
        FORMULARFALT.forEach(falt -> uppgift.getExecution().setVariableLocal(falt, null));
    }
}
