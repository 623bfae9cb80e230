package se.hemvag.forsokslagenhet;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen.Falt;
import se.hemvag.security.InloggadAnvandare;

/** Stores the takeover review with the outcome Decision_Kontraktsovertagande gave. */
@Component("registreraGranskningDelegate")
class RegistreraGranskningDelegate implements JavaDelegate {

    private final KontraktsgranskningRepository granskningar;
    private final InloggadAnvandare inloggad;
    private final Clock clock;

    RegistreraGranskningDelegate(KontraktsgranskningRepository granskningar, InloggadAnvandare inloggad, Clock clock) {
        this.granskningar = granskningar;
        this.inloggad = inloggad;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        HyresvardensSyn syn = form.val(Falt.HYRESVARDENS_SYN, HyresvardensSyn.class, "Hyresvärdens syn");
        Granskningsresultat resultat = ForsokslagenhetProcessen.overtagande(execution);
        if (syn == null || resultat == null) {
            throw new OgiltigtFormularException("Ange hyresvärdens syn på ett övertagande.");
        }
        granskningar.save(new Kontraktsgranskning(ForsokslagenhetProcessen.forsokslagenhetId(execution),
                LocalDate.now(clock), form.ja(Falt.HYRAN_BETALD), form.ja(Falt.NYA_SKULDER), form.ja(Falt.STORNINGAR), syn,
                form.text(Falt.GRANSKNING_ANTECKNING), resultat, inloggad.id()));
        execution.removeVariable(Falt.GRANSKNING_ANTECKNING.nyckel());
    }
}
