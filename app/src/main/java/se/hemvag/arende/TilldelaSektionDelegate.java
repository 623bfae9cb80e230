package se.hemvag.arende;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.sektion.Sektion;

/** Makes the section that Decision_AnsvarigSektion chose responsible for the case. */
@Component("tilldelaSektionDelegate")
class TilldelaSektionDelegate implements JavaDelegate {

    private final Arenden arenden;

    TilldelaSektionDelegate(Arenden arenden) {
        this.arenden = arenden;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String gruppId = (String) execution.getVariable(ArendeProcessen.ANSVARIG_SEKTION);
        Sektion sektion = Sektion.medGruppId(gruppId).orElseThrow(() -> new IllegalStateException(
                "Decision_AnsvarigSektion gav '" + gruppId + "', som inte är någon sektion. Rätta beslutstabellen."));
        arenden.iProcessen(execution).tillhorEfh(sektion.gruppId());
    }
}
