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

/** Records who is invited to the SIP meeting, and when and where it is held. */
@Component("registreraSipInbjudanDelegate")
class RegistreraSipInbjudanDelegate implements JavaDelegate {

    private final Sipar sipar;
    private final Clock clock;

    RegistreraSipInbjudanDelegate(Sipar sipar, Clock clock) {
        this.sipar = sipar;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        LocalDate motesdatum = form.kravtDatum(Falt.SIP_MOTESDATUM, "Mötesdatum");
        if (motesdatum.isBefore(LocalDate.now(clock))) {
            throw new OgiltigtFormularException("Mötesdatumet " + motesdatum + " har redan varit. Välj ett kommande datum.");
        }
        sipar.hamta(SipProcessen.sipId(execution)).inbjudan(
                form.kravdText(Falt.SIP_INBJUDNA, "Inbjudna deltagare"), motesdatum, form.kravdText(Falt.SIP_MOTESPLATS, "Plats"));
        execution.removeVariables(List.of("sipInbjudna", "sipMotesplats"));
    }
}
