package se.hemvag.forsokslagenhet.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen;
import se.hemvag.forsokslagenhet.Lagenhetsinfo;

/**
 * A participant's attendance task gets the client's name and case number, and its form's fields
 * are declared in the participant's own scope, so participants registered side by side never
 * share a value.
 */
@Component("narvarouppgiftListener")
public class NarvarouppgiftListener implements TaskListener {

    static final List<String> FORMULARFALT = List.of("narvaro", "betyg", "utvardering", "parmUtdelad");

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
