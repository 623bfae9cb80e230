package se.hemvag.forsokslagenhet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approved client is called to the next Lägenhetsinfo session with room. */
@Component("kallaTillLagenhetsinfoDelegate")
class KallaTillLagenhetsinfoDelegate implements JavaDelegate {

    private final Lagenhetsinfo lagenhetsinfo;

    KallaTillLagenhetsinfoDelegate(Lagenhetsinfo lagenhetsinfo) {
        this.lagenhetsinfo = lagenhetsinfo;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lagenhetsinfo.kalla(ForsokslagenhetProcessen.forsokslagenhetId(execution));
    }
}
