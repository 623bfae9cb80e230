package se.hemvag.arende;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.ArendeatgarderProcessen.Falt;

/** "Klienten hörde av sig" from Tasklist: the rules of POST /api/arenden/{nr}/kontakt ({@link Arenden#klientenHordeAvSig}). */
@Component("registreraKontaktDelegate")
class RegistreraKontaktDelegate implements JavaDelegate {

    private final Arenden arenden;

    RegistreraKontaktDelegate(Arenden arenden) {
        this.arenden = arenden;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Arende arende = arenden.iStartformularet(execution, Falt.ARENDENUMMER);
        arenden.klientenHordeAvSig(arende.getArendenummer());
    }
}
