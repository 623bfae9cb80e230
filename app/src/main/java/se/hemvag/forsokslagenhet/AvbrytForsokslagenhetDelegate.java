package se.hemvag.forsokslagenhet;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The case was closed while the trial apartment was under way: it ends with the case. */
@Component("avbrytForsokslagenhetDelegate")
class AvbrytForsokslagenhetDelegate implements JavaDelegate {

    private final Forsokslagenheter forsokslagenheter;
    private final Clock clock;

    AvbrytForsokslagenhetDelegate(Forsokslagenheter forsokslagenheter, Clock clock) {
        this.forsokslagenheter = forsokslagenheter;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Forsokslagenhet forsokslagenhet = forsokslagenheter.hamta(ForsokslagenhetProcessen.forsokslagenhetId(execution));
        if (forsokslagenhet.getStatus().isPagaende()) {
            forsokslagenheter.avsluta(forsokslagenhet, ForsokslagenhetStatus.AVBRUTEN, LocalDate.now(clock));
        }
    }
}
