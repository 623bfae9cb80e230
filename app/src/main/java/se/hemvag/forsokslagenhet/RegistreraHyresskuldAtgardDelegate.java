package se.hemvag.forsokslagenhet;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Formularvarden;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen.Falt;
import se.hemvag.security.InloggadAnvandare;

/** What the caseworker did about a reported rent debt. */
@Component("registreraHyresskuldAtgardDelegate")
class RegistreraHyresskuldAtgardDelegate implements JavaDelegate {

    private final HyranForst hyranForst;
    private final InloggadAnvandare inloggad;
    private final Clock clock;

    RegistreraHyresskuldAtgardDelegate(HyranForst hyranForst, InloggadAnvandare inloggad, Clock clock) {
        this.hyranForst = hyranForst;
        this.inloggad = inloggad;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        LocalDate kontakt = form.kravtDatumSenast(Falt.HYRESSKULD_KONTAKT, "Datum då klienten kontaktades", LocalDate.now(clock));
        hyranForst.hyresskuld(ForsokslagenhetProcessen.hyresskuldId(execution))
                .hanterad(form.kravdText(Falt.HYRESSKULD_ATGARD, "Åtgärd"), kontakt, inloggad.id());
        execution.removeVariable("hyresskuldAtgard");
    }
}
