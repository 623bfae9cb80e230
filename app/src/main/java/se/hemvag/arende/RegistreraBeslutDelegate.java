package se.hemvag.arende;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.hemvag.arende.ArendeProcessen.Falt;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;

/**
 * Records the decision on the application; a denial sends the case to closure with reason AVSLAG.
 * Interventions granted together with health care start a SIP (the sip module listens).
 */
@Component("registreraBeslutDelegate")
class RegistreraBeslutDelegate implements JavaDelegate {

    private final Arenden arenden;
    private final ApplicationEventPublisher handelser;

    RegistreraBeslutDelegate(Arenden arenden, ApplicationEventPublisher handelser) {
        this.arenden = arenden;
        this.handelser = handelser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        Beslut beslut = form.val(Falt.BESLUT, Beslut.class, "Beslut");
        if (beslut == null) {
            throw new OgiltigtFormularException("Ange beslutet: bevilja insatser eller avslå ansökan.");
        }
        Arende arende = arenden.iProcessen(execution);
        arende.beslutFattat(beslut,
                form.kravtDatum(Falt.BESLUTSDATUM, "Beslutsdatum"), form.kravdText(Falt.BESLUT_MOTIVERING, "Motivering"));
        boolean vardenInvolverad = form.ja(Falt.VARDEN_INVOLVERAD);
        execution.removeVariables(List.of("beslutMotivering", "vardenInvolverad"));
        if (beslut == Beslut.AVSLAG) {
            // the closure form opens with the reason filled in (avslut's Avslutsorsak.AVSLAG)
            execution.setVariable(ArendeProcessen.AVSLUTSORSAK, Beslut.AVSLAG.name());
        } else {
            handelser.publishEvent(new InsatserBeviljade(arende.getId(), arende.getAnsvarigSektion(), vardenInvolverad));
        }
    }
}
