package se.hemvag.sip;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.sip.SipProcessen.Falt;

/** Records the SIP meeting and its plan: who does what, who holds overall responsibility, when it is followed up. */
@Component("registreraSipPlanDelegate")
class RegistreraSipPlanDelegate implements JavaDelegate {

    private final Sipar sipar;
    private final Clock clock;

    RegistreraSipPlanDelegate(Sipar sipar, Clock clock) {
        this.sipar = sipar;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        LocalDate idag = LocalDate.now(clock);
        LocalDate hallet = form.kravtDatumSenast(Falt.SIP_MOTE_HALLET, "Datum då mötet hölls", idag);
        Huvudansvar huvudansvar = form.val(Falt.SIP_HUVUDANSVAR, Huvudansvar.class, "Huvudansvar");
        if (huvudansvar == null) {
            throw new OgiltigtFormularException("Ange vem som har huvudansvaret för SIP:en: kommunen eller regionen.");
        }
        LocalDate uppfoljning = form.kravtDatumEfter(Falt.SIP_NASTA_UPPFOLJNING, "Datum för uppföljning", idag);
        Sip sip = sipar.hamta(SipProcessen.sipId(execution));
        sip.planUpprattad(hallet, form.ja(Falt.SIP_KLIENTEN_DELTOG), form.kravdText(Falt.SIP_PLAN, "Planen (vem gör vad)"),
                huvudansvar, form.kravdText(Falt.SIP_HUVUDANSVARIG, "Huvudansvarig"), uppfoljning);
        execution.removeVariables(List.of("sipPlan", "sipHuvudansvarig", "sipKlientenDeltog"));
    }
}
