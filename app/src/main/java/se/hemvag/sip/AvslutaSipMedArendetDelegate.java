package se.hemvag.sip;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The case was closed while its SIP was under way: the SIP ends with it. */
@Component("avslutaSipMedArendetDelegate")
class AvslutaSipMedArendetDelegate implements JavaDelegate {

    private final Sipar sipar;
    private final Clock clock;

    AvslutaSipMedArendetDelegate(Sipar sipar, Clock clock) {
        this.sipar = sipar;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Sip sip = sipar.hamta(SipProcessen.sipId(execution));
        if (sip.getStatus().isPagaende()) {
            sip.avslutad(SipStatus.AVSLUTAD, LocalDate.now(clock));
        }
    }
}
