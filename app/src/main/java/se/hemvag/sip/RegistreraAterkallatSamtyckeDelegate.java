package se.hemvag.sip;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arenden;
import se.hemvag.delat.Formularvarden;
import se.hemvag.sip.SipProcessen.Falt;

/** "Samtycket till SIP återkallat" from Tasklist: the rules of POST /api/arenden/{nr}/sip/samtycke/aterkallelse. */
@Component("registreraAterkallatSamtyckeDelegate")
class RegistreraAterkallatSamtyckeDelegate implements JavaDelegate {

    private final Arenden arenden;
    private final Sipar sipar;

    RegistreraAterkallatSamtyckeDelegate(Arenden arenden, Sipar sipar) {
        this.arenden = arenden;
        this.sipar = sipar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        String arendenummer = arenden.iStartformularet(execution, Falt.ARENDENUMMER).getArendenummer();
        sipar.aterkallaSamtycke(arenden.hamtaForAnsvarigSektion(arendenummer, "registrera att samtycket återkallats"),
                form.text(Falt.ATERKALLELSE_ANTECKNING));
        execution.removeVariable(Falt.ATERKALLELSE_ANTECKNING.nyckel());
    }
}
