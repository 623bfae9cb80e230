package se.hemvag.sip;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arenden;
import se.hemvag.sip.SipProcessen.Falt;

/** "Erbjud SIP nu" from Tasklist: the rules of POST /api/arenden/{nr}/sip. */
@Component("begarSipDelegate")
class BegarSipDelegate implements JavaDelegate {

    private final Arenden arenden;
    private final Sipar sipar;

    BegarSipDelegate(Arenden arenden, Sipar sipar) {
        this.arenden = arenden;
        this.sipar = sipar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String arendenummer = arenden.iStartformularet(execution, Falt.ARENDENUMMER).getArendenummer();
        sipar.starta(arenden.hamtaForAnsvarigSektion(arendenummer, "begära en SIP"));
    }
}
