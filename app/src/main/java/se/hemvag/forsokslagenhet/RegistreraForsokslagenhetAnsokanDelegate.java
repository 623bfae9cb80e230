package se.hemvag.forsokslagenhet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.Arenden;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen.Falt;
import se.hemvag.security.InloggadAnvandare;

/**
 * The responsible section applies for a trial apartment from Tasklist's start form. The instance
 * gets the case number as business key and the case's few variables, like the case's other processes.
 */
@Component("registreraForsokslagenhetAnsokanDelegate")
class RegistreraForsokslagenhetAnsokanDelegate implements JavaDelegate {

    private final Arenden arenden;
    private final Forsokslagenheter forsokslagenheter;
    private final InloggadAnvandare inloggad;

    RegistreraForsokslagenhetAnsokanDelegate(Arenden arenden, Forsokslagenheter forsokslagenheter, InloggadAnvandare inloggad) {
        this.arenden = arenden;
        this.forsokslagenheter = forsokslagenheter;
        this.inloggad = inloggad;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        String arendenummer = form.kravdText(Falt.ARENDENUMMER, "Ärendenummer");
        Arende arende = arenden.hamtaFranFormular(arendenummer);
        boolean appen = InloggadAnvandare.SYSTEM.equals(inloggad.id());
        if (!appen && (arende.getAnsvarigSektion() == null || !inloggad.tillhorNagon(arende.getAnsvarigSektion()))) {
            throw new OgiltigtFormularException("Bara den ansvariga sektionen kan söka försökslägenhet i ärende " + arendenummer + ".");
        }
        Forsokslagenhet forsokslagenhet = forsokslagenheter.ansok(arende, form.ja(Falt.EKONOMI_UTREDD),
                form.kravdText(Falt.STABILITET, "Stabilitet i livet"), inloggad.id());
        execution.setProcessBusinessKey(arende.getArendenummer());
        execution.setVariable(ArendeProcessen.ARENDE_ID, arende.getId());
        execution.setVariable(ArendeProcessen.KLIENT_NAMN, arende.getKlient().namn());
        execution.setVariable(ArendeProcessen.ANSVARIG_SEKTION, arende.getAnsvarigSektion());
        execution.setVariable(ForsokslagenhetProcessen.FORSOKSLAGENHET_ID, forsokslagenhet.getId());
    }
}
