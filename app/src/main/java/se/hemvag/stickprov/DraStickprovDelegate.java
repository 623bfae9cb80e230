package se.hemvag.stickprov;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Draws the sample of the previous month's investigations; a month already drawn draws nothing new. */
@Component("draStickprovDelegate")
class DraStickprovDelegate implements JavaDelegate {

    private final Stickprov stickprov;

    DraStickprovDelegate(Stickprov stickprov) {
        this.stickprov = stickprov;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Stickprov.Utfall utfall = stickprov.dra();
        execution.setProcessBusinessKey("Stickprov " + utfall.manad());
        execution.setVariable(StickprovProcessen.DRAGNING_ID, utfall.dragningId());
        execution.setVariable(StickprovProcessen.DRAGNING, utfall.dragning().name());
    }
}
