package se.hemvag.forsokslagenhet;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeStatus;
import se.hemvag.arende.Arenden;
import se.hemvag.avslut.Avslutningar;
import se.hemvag.avslut.Avslutsorsak;
import se.hemvag.avslut.BoendeVidAvslut;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen.Falt;

/**
 * The client has a first-hand contract of their own: the trial apartment ends, and the case goes
 * to closure with the housing "förstahandskontrakt via övertagen försökslägenhet" filled in.
 */
@Component("registreraOvertagandeDelegate")
class RegistreraOvertagandeDelegate implements JavaDelegate {

    private final Forsokslagenheter forsokslagenheter;
    private final Arenden arenden;
    private final Avslutningar avslutningar;
    private final Clock clock;

    RegistreraOvertagandeDelegate(Forsokslagenheter forsokslagenheter, Arenden arenden, Avslutningar avslutningar,
                                  Clock clock) {
        this.forsokslagenheter = forsokslagenheter;
        this.arenden = arenden;
        this.avslutningar = avslutningar;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        LocalDate kontrakt = form.kravtDatum(Falt.FORSTAHANDSKONTRAKT_FRAN, "Förstahandskontraktet gäller från");
        if (kontrakt.isAfter(LocalDate.now(clock).plusMonths(3))) {
            throw new OgiltigtFormularException("Förstahandskontraktet (" + kontrakt + ") ska gälla inom tre månader.");
        }
        Arende arende = arenden.iProcessen(execution);
        if (arende.getStatus() != ArendeStatus.PAGAENDE) {
            throw new OgiltigtFormularException("Ärendet är inte längre pågående och kan inte gå till avslut härifrån.");
        }
        forsokslagenheter.avsluta(forsokslagenheter.hamta(ForsokslagenhetProcessen.forsokslagenhetId(execution)),
                ForsokslagenhetStatus.OVERTAGEN, kontrakt);
        // the client signs the contract: that is contact, whatever the contact watch said before
        arende.kontaktMedKlienten(LocalDate.now(clock));
        avslutningar.begar(arende, Avslutsorsak.MALEN_UPPNADDA, BoendeVidAvslut.FORSTAHANDSKONTRAKT_OVERTAGEN_FORSOKSLAGENHET);
    }
}
