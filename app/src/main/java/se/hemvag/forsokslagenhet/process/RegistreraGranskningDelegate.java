package se.hemvag.forsokslagenhet.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen;
import se.hemvag.forsokslagenhet.Granskningsresultat;
import se.hemvag.forsokslagenhet.HyresvardensSyn;
import se.hemvag.forsokslagenhet.Kontraktsgranskning;
import se.hemvag.forsokslagenhet.KontraktsgranskningRepository;
import se.hemvag.security.InloggadAnvandare;

/** Stores the takeover review with the outcome Decision_Kontraktsovertagande gave. */
@Component("registreraGranskningDelegate")
public class RegistreraGranskningDelegate implements JavaDelegate {

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
        HyresvardensSyn syn = form.val("hyresvardensSyn", HyresvardensSyn.class, "Hyresvärdens syn");
        Granskningsresultat resultat = form.val("overtagande", Granskningsresultat.class, "Bedömning");
        if (syn == null || resultat == null) {
            throw new OgiltigtFormularException("Ange hyresvärdens syn på ett övertagande.");
        }
        granskningar.save(new Kontraktsgranskning(ForsokslagenhetProcessen.forsokslagenhetId(execution),
                LocalDate.now(clock), form.ja("hyranBetald"), form.ja("nyaSkulder"), form.ja("storningar"), syn,
                form.text("granskningAnteckning"), resultat, inloggad.id()));
        execution.removeVariables(List.of("granskningAnteckning"));
    }
}
