package se.hemvag.avslut;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arenden;

/** The client has not been heard from: a round of contact attempts begins now, and only its attempts count. */
@Component("paborjaKontaktrundaDelegate")
class PaborjaKontaktrundaDelegate implements JavaDelegate {

    private final KontaktrundaRepository rundor;
    private final Arenden arenden;
    private final AvslutUtanKontakt avslutUtanKontakt;
    private final Clock clock;

    PaborjaKontaktrundaDelegate(KontaktrundaRepository rundor, Arenden arenden, AvslutUtanKontakt avslutUtanKontakt,
                                Clock clock) {
        this.rundor = rundor;
        this.arenden = arenden;
        this.avslutUtanKontakt = avslutUtanKontakt;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Kontaktrunda runda = rundor.save(new Kontaktrunda(arenden.iProcessen(execution).getId(), clock.instant()));
        execution.setVariable(KontaktforsokProcessen.KONTAKTRUNDA_ID, runda.getId());
        execution.setVariable(KontaktforsokProcessen.KONTAKTREGEL, avslutUtanKontakt.regel().text());
    }
}
