package se.hemvag.forsokslagenhet.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.forsokslagenhet.Avvikelse;
import se.hemvag.forsokslagenhet.AvvikelseRepository;
import se.hemvag.forsokslagenhet.AvvikelseUtfall;
import se.hemvag.forsokslagenhet.Avvikelseorsak;
import se.hemvag.forsokslagenhet.Forsokslagenhet;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen;
import se.hemvag.forsokslagenhet.ForsokslagenhetStatus;
import se.hemvag.forsokslagenhet.Forsokslagenheter;
import se.hemvag.security.InloggadAnvandare;

/** The deviation meeting after a failed review: an extended trial with a new review date, or termination. */
@Component("registreraAvvikelseDelegate")
public class RegistreraAvvikelseDelegate implements JavaDelegate {

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
        LocalDate mote = form.kravtDatumSenast("avvikelseMotesdatum", "Mötesdatum", idag);
        Avvikelseorsak orsak = form.val("avvikelseOrsak", Avvikelseorsak.class, "Huvudsaklig orsak");
        AvvikelseUtfall utfall = form.val("avvikelseUtfall", AvvikelseUtfall.class, "Beslut efter mötet");
        if (orsak == null || utfall == null) {
            throw new OgiltigtFormularException("Ange den huvudsakliga orsaken och vad mötet beslutade.");
        }
        Forsokslagenhet forsokslagenhet = forsokslagenheter.hamta(ForsokslagenhetProcessen.forsokslagenhetId(execution));
        LocalDate nyGranskning = null;
        if (utfall == AvvikelseUtfall.FORLANGD_PROVTID) {
            nyGranskning = form.kravtDatumEfter("nyGranskning", "Ny granskning", idag);
            forsokslagenhet.nyGranskning(nyGranskning);
        } else {
            forsokslagenheter.avsluta(forsokslagenhet, ForsokslagenhetStatus.UPPSAGD, idag);
        }
        avvikelser.save(new Avvikelse(forsokslagenhet.getId(), mote, form.kravdText("avvikelseDeltagare", "Deltagare"), orsak,
                form.kravdText("klientensSyn", "Klientens syn"), utfall, nyGranskning, inloggad.id()));
        execution.removeVariables(List.of("avvikelseDeltagare", "klientensSyn"));
    }
}
