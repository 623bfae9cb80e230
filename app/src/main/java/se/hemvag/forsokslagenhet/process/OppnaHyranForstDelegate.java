package se.hemvag.forsokslagenhet.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen;
import se.hemvag.forsokslagenhet.HyranForst;
import se.hemvag.forsokslagenhet.HyranForstTillfalle;

/** This month's open house opens with the clients invited since the last one. */
@Component("oppnaHyranForstDelegate")
public class OppnaHyranForstDelegate implements JavaDelegate {

    private final HyranForst hyranForst;

    OppnaHyranForstDelegate(HyranForst hyranForst) {
        this.hyranForst = hyranForst;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HyranForstTillfalle tillfalle = hyranForst.oppna();
        execution.setProcessBusinessKey("Hyran först " + tillfalle.getDatum());
        execution.setVariable(ForsokslagenhetProcessen.TILLFALLE_ID, tillfalle.getId());
        execution.setVariable("oppetHusDatum", tillfalle.getDatum().toString());
        execution.setVariable("inbjudna", hyranForst.inbjudna(tillfalle.getId()));
    }
}
