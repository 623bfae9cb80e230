package se.hemvag.stickprov;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.delat.Formularnyckel;
import se.hemvag.stickprov.StickprovProcessen.Falt;

/**
 * A review task gets its case number, client and investigation as its own variables (the list's label,
 * and the access log's case), and its form's fields are declared in the review's own scope, so reviews
 * done side by side never share a value.
 */
@Component("granskningsuppgiftListener")
class GranskningsuppgiftListener implements TaskListener {

    static final List<String> FORMULARFALT = Formularnyckel.nycklar(Falt.values());

    private final Stickprov stickprov;

    GranskningsuppgiftListener(Stickprov stickprov) {
        this.stickprov = stickprov;
    }

    @Override
    public void notify(DelegateTask uppgift) {
        Stickprov.Uppgiftsetikett etikett = stickprov.etikett(StickprovProcessen.stickprovId(uppgift));
        uppgift.setVariableLocal(ArendeProcessen.ARENDENUMMER, etikett.arendenummer());
        uppgift.setVariableLocal(ArendeProcessen.KLIENT_NAMN, etikett.klientNamn());
        uppgift.setVariableLocal(StickprovProcessen.GRANSKAD_UTREDNING, etikett.utredning());
        FORMULARFALT.forEach(falt -> uppgift.getExecution().setVariableLocal(falt, null));
    }
}
