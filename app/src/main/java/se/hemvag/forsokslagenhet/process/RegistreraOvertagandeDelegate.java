package se.hemvag.forsokslagenhet.process;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.ArendeStatus;
import se.hemvag.arende.Arenden;
import se.hemvag.arende.Formularvarden;
import se.hemvag.arende.OgiltigtFormularException;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen;
import se.hemvag.forsokslagenhet.ForsokslagenhetStatus;
import se.hemvag.forsokslagenhet.Forsokslagenheter;
import se.hemvag.security.InloggadAnvandare;

/**
 * The client has a first-hand contract of their own: the trial apartment ends, and the case goes
 * to closure with the housing "förstahandskontrakt via övertagen försökslägenhet" filled in.
 */
@Component("registreraOvertagandeDelegate")
public class RegistreraOvertagandeDelegate implements JavaDelegate {

    private final Forsokslagenheter forsokslagenheter;
    private final Arenden arenden;
    private final RuntimeService runtimeService;
    private final InloggadAnvandare inloggad;
    private final Clock clock;

    RegistreraOvertagandeDelegate(Forsokslagenheter forsokslagenheter, Arenden arenden, RuntimeService runtimeService,
                                  InloggadAnvandare inloggad, Clock clock) {
        this.forsokslagenheter = forsokslagenheter;
        this.arenden = arenden;
        this.runtimeService = runtimeService;
        this.inloggad = inloggad;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        LocalDate kontrakt = form.kravtDatum("forstahandskontraktFran", "Förstahandskontraktet gäller från");
        if (kontrakt.isAfter(LocalDate.now(clock).plusMonths(3))) {
            throw new OgiltigtFormularException("Förstahandskontraktet (" + kontrakt + ") ska gälla inom tre månader.");
        }
        Long arendeId = arenden.iProcessen(execution).getId();
        if (arenden.hamta(arendeId).getStatus() != ArendeStatus.PAGAENDE) {
            throw new OgiltigtFormularException("Ärendet är inte längre pågående och kan inte gå till avslut härifrån.");
        }
        forsokslagenheter.avsluta(forsokslagenheter.hamta(ForsokslagenhetProcessen.forsokslagenhetId(execution)),
                ForsokslagenhetStatus.OVERTAGEN, kontrakt);
        inloggad.somSystem(() -> runtimeService.createMessageCorrelation(ArendeProcessen.MESSAGE_AVSLUT_BEGART)
                .processInstanceBusinessKey(execution.getProcessBusinessKey())
                .setVariable(ArendeProcessen.AVSLUTSORSAK, "MALEN_UPPNADDA")
                .setVariable(ArendeProcessen.BOENDE_VID_AVSLUT, "FORSTAHANDSKONTRAKT_OVERTAGEN_FORSOKSLAGENHET")
                .correlateWithResult());
    }
}
