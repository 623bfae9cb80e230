package se.hemvag.sip.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sip.Sip;
import se.hemvag.sip.SipProcessen;
import se.hemvag.sip.SipStatus;
import se.hemvag.sip.SipUppfoljning;
import se.hemvag.sip.SipUppfoljningRepository;
import se.hemvag.sip.Sipar;

/** Records a follow-up of the SIP: it goes on to a new date, or its goals are met and it ends. */
@Component("registreraSipUppfoljningDelegate")
public class RegistreraSipUppfoljningDelegate implements JavaDelegate {

    private final Sipar sipar;
    private final SipUppfoljningRepository uppfoljningar;
    private final InloggadAnvandare inloggad;
    private final Clock clock;

    RegistreraSipUppfoljningDelegate(Sipar sipar, SipUppfoljningRepository uppfoljningar, InloggadAnvandare inloggad,
                                     Clock clock) {
        this.sipar = sipar;
        this.uppfoljningar = uppfoljningar;
        this.inloggad = inloggad;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        LocalDate idag = LocalDate.now(clock);
        LocalDate datum = form.kravtDatumSenast("sipUppfoljningsdatum", "Datum för uppföljningen", idag);
        SipProcessen.Uppfoljningsutfall utfall = form.val("sipUtfall", SipProcessen.Uppfoljningsutfall.class,
                "Fortsätter SIP:en?");
        Sip sip = sipar.hamta(SipProcessen.sipId(execution));
        boolean fortsatter = utfall == SipProcessen.Uppfoljningsutfall.FORTSATT;
        if (fortsatter) {
            sip.uppfoljd(form.kravtDatumEfter("sipNastaUppfoljning", "Nästa uppföljning", idag));
        } else if (utfall == SipProcessen.Uppfoljningsutfall.AVSLUTAD) {
            sip.avslutad(SipStatus.AVSLUTAD, datum);
        } else {
            throw new OgiltigtFormularException("Ange om SIP:en fortsätter eller avslutas.");
        }
        uppfoljningar.save(new SipUppfoljning(sip.getId(), datum,
                form.kravdText("sipUppfoljningAnteckning", "Vad uppföljningen visade"), fortsatter, inloggad.id()));
        execution.removeVariables(List.of("sipUppfoljningAnteckning"));
    }
}
