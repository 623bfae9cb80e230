package se.hemvag.forsokslagenhet;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Arenden;
import se.hemvag.arende.Insats;
import se.hemvag.arende.Insatser;
import se.hemvag.arende.Insatstyp;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen.Falt;
import se.hemvag.security.InloggadAnvandare;

/** Housing support ordered from a provider: the condition of a trial apartment, recorded as an intervention. */
@Component("registreraBoendestodDelegate")
class RegistreraBoendestodDelegate implements JavaDelegate {

    private static final int MAX_TIMMAR_PER_VECKA = 40;

    private final Forsokslagenheter forsokslagenheter;
    private final Insatser insatser;
    private final Arenden arenden;
    private final InloggadAnvandare inloggad;

    RegistreraBoendestodDelegate(Forsokslagenheter forsokslagenheter, Insatser insatser, Arenden arenden,
                                 InloggadAnvandare inloggad) {
        this.forsokslagenheter = forsokslagenheter;
        this.insatser = insatser;
        this.arenden = arenden;
        this.inloggad = inloggad;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        String utforare = form.kravdText(Falt.BOENDESTOD_UTFORARE, "Utförare av boendestödet");
        LocalDate fran = form.kravtDatum(Falt.BOENDESTOD_FRAN, "Boendestöd från");
        int timmar = form.kravtHeltal(Falt.BOENDESTOD_TIMMAR, "Timmar per vecka");
        if (timmar < 1 || timmar > MAX_TIMMAR_PER_VECKA) {
            throw new OgiltigtFormularException("Timmar per vecka ska vara mellan 1 och " + MAX_TIMMAR_PER_VECKA + ".");
        }
        forsokslagenheter.hamta(ForsokslagenhetProcessen.forsokslagenhetId(execution))
                .boendestod(utforare, fran, timmar);
        Arende arende = arenden.iProcessen(execution);
        insatser.registrera(new Insats(arende, Insatstyp.BOENDESTOD, fran, null, utforare, 0, arende.getAnsvarigSektion(),
                inloggad.id()));
    }
}
