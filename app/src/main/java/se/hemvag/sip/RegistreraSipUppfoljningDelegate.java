package se.hemvag.sip;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sip.SipProcessen.Falt;

/** Records a follow-up of the SIP: it goes on to a new date, or its goals are met and it ends. */
@Component("registreraSipUppfoljningDelegate")
class RegistreraSipUppfoljningDelegate implements JavaDelegate {

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
        LocalDate datum = form.kravtDatumSenast(Falt.SIP_UPPFOLJNINGSDATUM, "Datum för uppföljningen", idag);
        SipProcessen.Uppfoljningsutfall utfall = form.val(Falt.SIP_UTFALL, SipProcessen.Uppfoljningsutfall.class,
                "Fortsätter SIP:en?");
        Sip sip = sipar.hamta(SipProcessen.sipId(execution));
        boolean fortsatter = utfall == SipProcessen.Uppfoljningsutfall.FORTSATT;
        if (fortsatter) {
            sip.uppfoljd(form.kravtDatumEfter(Falt.SIP_NASTA_UPPFOLJNING, "Nästa uppföljning", idag));
        } else if (utfall == SipProcessen.Uppfoljningsutfall.AVSLUTAD) {
            sip.avslutad(SipStatus.AVSLUTAD, datum);
        } else {
            throw new OgiltigtFormularException("Ange om SIP:en fortsätter eller avslutas.");
        }
        uppfoljningar.save(new SipUppfoljning(sip.getId(), datum,
                form.kravdText(Falt.SIP_UPPFOLJNING_ANTECKNING, "Vad uppföljningen visade"), fortsatter, inloggad.id()));
        execution.removeVariables(List.of("sipUppfoljningAnteckning"));
    }
}
