package se.hemvag.sip.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.sip.Huvudansvar;
import se.hemvag.sip.Sip;
import se.hemvag.sip.SipProcessen;
import se.hemvag.sip.Sipar;

/** Records the SIP meeting and its plan: who does what, who holds overall responsibility, when it is followed up. */
@Component("registreraSipPlanDelegate")
public class RegistreraSipPlanDelegate implements JavaDelegate {

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
        LocalDate hallet = form.kravtDatumSenast("sipMoteHallet", "Datum då mötet hölls", idag);
        Huvudansvar huvudansvar = form.val("sipHuvudansvar", Huvudansvar.class, "Huvudansvar");
        if (huvudansvar == null) {
            throw new OgiltigtFormularException("Ange vem som har huvudansvaret för SIP:en: kommunen eller regionen.");
        }
        LocalDate uppfoljning = form.kravtDatumEfter("sipNastaUppfoljning", "Datum för uppföljning", idag);
        Sip sip = sipar.hamta(SipProcessen.sipId(execution));
        sip.planUpprattad(hallet, form.ja("sipKlientenDeltog"), form.kravdText("sipPlan", "Planen (vem gör vad)"),
                huvudansvar, form.kravdText("sipHuvudansvarig", "Huvudansvarig"), uppfoljning);
        execution.removeVariables(List.of("sipPlan", "sipHuvudansvarig", "sipKlientenDeltog"));
    }
}
