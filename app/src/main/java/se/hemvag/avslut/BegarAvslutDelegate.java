package se.hemvag.avslut;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Arenden;
import se.hemvag.avslut.AvslutProcessen.Falt;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;

/** "Begär avslut av ett ärende" from Tasklist: the rules of POST /api/arenden/{nr}/avslut. */
@Component("begarAvslutDelegate")
class BegarAvslutDelegate implements JavaDelegate {

    private final Arenden arenden;
    private final Avslutningar avslutningar;

    BegarAvslutDelegate(Arenden arenden, Avslutningar avslutningar) {
        this.arenden = arenden;
        this.avslutningar = avslutningar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        String arendenummer = arenden.iStartformularet(execution, Falt.ARENDENUMMER).getArendenummer();
        Avslutsorsak orsak = form.val(Falt.AVSLUTSORSAK, Avslutsorsak.class, "Orsak till avslut");
        if (orsak == null) {
            throw new OgiltigtFormularException("Ange orsak till avslut.");
        }
        Arende arende = arenden.hamtaForHandlaggandeSektion(arendenummer, "begära avslut");
        avslutningar.begar(arende, orsak, null);
    }
}
