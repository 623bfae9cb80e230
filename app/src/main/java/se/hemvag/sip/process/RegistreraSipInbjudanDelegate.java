package se.hemvag.sip.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.sip.SipProcessen;
import se.hemvag.sip.Sipar;

/** Records who is invited to the SIP meeting, and when and where it is held. */
@Component("registreraSipInbjudanDelegate")
public class RegistreraSipInbjudanDelegate implements JavaDelegate {

    private final Sipar sipar;
    private final Clock clock;

    RegistreraSipInbjudanDelegate(Sipar sipar, Clock clock) {
        this.sipar = sipar;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        LocalDate motesdatum = form.kravtDatum("sipMotesdatum", "Mötesdatum");
        if (motesdatum.isBefore(LocalDate.now(clock))) {
            throw new OgiltigtFormularException("Mötesdatumet " + motesdatum + " har redan varit. Välj ett kommande datum.");
        }
        sipar.hamta(SipProcessen.sipId(execution)).inbjudan(
                form.kravdText("sipInbjudna", "Inbjudna deltagare"), motesdatum, form.kravdText("sipMotesplats", "Plats"));
        execution.removeVariables(List.of("sipInbjudna", "sipMotesplats"));
    }
}
