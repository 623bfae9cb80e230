package se.hemvag.forsokslagenhet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen.Falt;

/** This month's open house opens with the clients invited since the last one. */
@Component("oppnaHyranForstDelegate")
class OppnaHyranForstDelegate implements JavaDelegate {

    private final HyranForst hyranForst;

    OppnaHyranForstDelegate(HyranForst hyranForst) {
        this.hyranForst = hyranForst;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HyranForstTillfalle tillfalle = hyranForst.oppna();
        execution.setProcessBusinessKey("Hyran först " + tillfalle.getDatum());
        execution.setVariable(ForsokslagenhetProcessen.TILLFALLE_ID, tillfalle.getId());
        execution.setVariable(Falt.OPPET_HUS_DATUM.nyckel(), tillfalle.getDatum().toString());
        execution.setVariable(Falt.INBJUDNA.nyckel(), hyranForst.inbjudna(tillfalle.getId()));
    }
}
