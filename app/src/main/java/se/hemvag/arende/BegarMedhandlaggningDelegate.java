package se.hemvag.arende;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.ArendeatgarderProcessen.Falt;
import se.hemvag.delat.Formularvarden;

/** "Koppla in en annan sektion" from Tasklist: the rules of POST /api/arenden/{nr}/medhandlaggning. */
@Component("begarMedhandlaggningDelegate")
class BegarMedhandlaggningDelegate implements JavaDelegate {

    private final Arenden arenden;
    private final Medhandlaggningar medhandlaggningar;

    BegarMedhandlaggningDelegate(Arenden arenden, Medhandlaggningar medhandlaggningar) {
        this.arenden = arenden;
        this.medhandlaggningar = medhandlaggningar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        Arende arende = arenden.iStartformularet(execution, Falt.ARENDENUMMER);
        medhandlaggningar.begar(arende.getArendenummer(), form.kravdText(Falt.MEDHANDLAGGANDE_SEKTION_VAL, "Sektion att koppla in"),
                form.kravdText(Falt.MEDHANDLAGGNING_BEGART_BEHOV, "Behov som sektionen ska utreda"));
        execution.removeVariable(Falt.MEDHANDLAGGNING_BEGART_BEHOV.nyckel());
    }
}
