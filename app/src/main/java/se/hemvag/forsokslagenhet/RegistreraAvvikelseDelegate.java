package se.hemvag.forsokslagenhet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen.Falt;
import se.hemvag.security.InloggadAnvandare;

/** The deviation meeting after a failed review: an extended trial with a new review date, or termination. */
@Component("registreraAvvikelseDelegate")
class RegistreraAvvikelseDelegate implements JavaDelegate {

    private final Forsokslagenheter forsokslagenheter;
    private final AvvikelseRepository avvikelser;
    private final InloggadAnvandare inloggad;
    private final Clock clock;

    RegistreraAvvikelseDelegate(Forsokslagenheter forsokslagenheter, AvvikelseRepository avvikelser, InloggadAnvandare inloggad,
                                Clock clock) {
        this.forsokslagenheter = forsokslagenheter;
        this.avvikelser = avvikelser;
        this.inloggad = inloggad;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        LocalDate idag = LocalDate.now(clock);
        LocalDate mote = form.kravtDatumSenast(Falt.AVVIKELSE_MOTESDATUM, "Mötesdatum", idag);
        Avvikelseorsak orsak = form.val(Falt.AVVIKELSE_ORSAK, Avvikelseorsak.class, "Huvudsaklig orsak");
        AvvikelseUtfall utfall = form.val(Falt.AVVIKELSE_UTFALL, AvvikelseUtfall.class, "Beslut efter mötet");
        if (orsak == null || utfall == null) {
            throw new OgiltigtFormularException("Ange den huvudsakliga orsaken och vad mötet beslutade.");
        }
        Forsokslagenhet forsokslagenhet = forsokslagenheter.hamta(ForsokslagenhetProcessen.forsokslagenhetId(execution));
        LocalDate nyGranskning = null;
        if (utfall == AvvikelseUtfall.FORLANGD_PROVTID) {
            nyGranskning = form.kravtDatumEfter(Falt.NY_GRANSKNING, "Ny granskning", idag);
            forsokslagenhet.nyGranskning(nyGranskning);
        } else {
            forsokslagenheter.avsluta(forsokslagenhet, ForsokslagenhetStatus.UPPSAGD, idag);
        }
        avvikelser.save(new Avvikelse(forsokslagenhet.getId(), mote, form.kravdText(Falt.AVVIKELSE_DELTAGARE, "Deltagare"), orsak,
                form.kravdText(Falt.KLIENTENS_SYN, "Klientens syn"), utfall, nyGranskning, inloggad.id()));
        execution.removeVariables(List.of("avvikelseDeltagare", "klientensSyn"));
    }
}
