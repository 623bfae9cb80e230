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

/** Records the offer of a SIP and the client's answer; a yes needs the client's consent, stored as its own record. */
@Component("registreraSipSvarDelegate")
class RegistreraSipSvarDelegate implements JavaDelegate {

    private final Sipar sipar;
    private final SamtyckeRepository samtycken;
    private final InloggadAnvandare inloggad;
    private final Clock clock;

    RegistreraSipSvarDelegate(Sipar sipar, SamtyckeRepository samtycken, InloggadAnvandare inloggad, Clock clock) {
        this.sipar = sipar;
        this.samtycken = samtycken;
        this.inloggad = inloggad;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        LocalDate idag = LocalDate.now(clock);
        LocalDate erbjuden = form.kravtDatumSenast(Falt.SIP_ERBJUDEN, "Datum då SIP erbjöds", idag);
        SipSvar svar = form.val(Falt.SIP_SVAR, SipSvar.class, "Klientens svar");
        if (svar == null) {
            throw new OgiltigtFormularException("Ange om klienten tackade ja eller nej till SIP.");
        }
        Sip sip = sipar.hamta(SipProcessen.sipId(execution));
        if (svar == SipSvar.ACCEPTERAT) {
            LocalDate lamnat = form.kravtDatumSenast(Falt.SAMTYCKE_LAMNAT, "Datum för samtycket", idag);
            if (lamnat.isBefore(erbjuden)) {
                throw new OgiltigtFormularException("Samtycket (" + lamnat + ") kan inte lämnas före erbjudandet (" + erbjuden + ").");
            }
            Samtyckesform samtyckesform = form.val(Falt.SAMTYCKESFORM, Samtyckesform.class, "Hur samtycket lämnades");
            if (samtyckesform == null) {
                throw new OgiltigtFormularException("Ange om samtycket lämnades muntligt eller skriftligt.");
            }
            samtycken.save(new Samtycke(sip.getId(), lamnat, samtyckesform,
                    form.kravdText(Falt.SAMTYCKE_OMFATTNING, "Vad samtycket omfattar"), inloggad.id()));
        }
        sip.erbjuden(erbjuden, inloggad.id(), svar, form.text(Falt.SIP_AVBOJT_ANLEDNING));
        execution.removeVariables(List.of("samtyckeOmfattning", "sipAvbojtAnledning", "samtyckeLamnat", "samtyckesform"));
    }
}
