package se.hemvag.forsokslagenhet;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Arenden;
import se.hemvag.arende.Insats;
import se.hemvag.arende.Insatser;
import se.hemvag.arende.Insatstyp;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen.Falt;
import se.hemvag.security.InloggadAnvandare;

/**
 * The client moves in, never before attending Lägenhetsinfo, and the takeover review is set
 * (hemvag.forsokslagenhet.granskning-efter-inflyttning). A trial apartment has no placement cost,
 * and the emergency or supported housing the client leaves ends that day.
 */
@Component("registreraInflyttningDelegate")
class RegistreraInflyttningDelegate implements JavaDelegate {

    private final Forsokslagenheter forsokslagenheter;
    private final Lagenhetsinfo lagenhetsinfo;
    private final Insatser insatser;
    private final Arenden arenden;
    private final InloggadAnvandare inloggad;

    RegistreraInflyttningDelegate(Forsokslagenheter forsokslagenheter, Lagenhetsinfo lagenhetsinfo, Insatser insatser,
                                  Arenden arenden, InloggadAnvandare inloggad) {
        this.forsokslagenheter = forsokslagenheter;
        this.lagenhetsinfo = lagenhetsinfo;
        this.insatser = insatser;
        this.arenden = arenden;
        this.inloggad = inloggad;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        Forsokslagenhet forsokslagenhet = forsokslagenheter.hamta(ForsokslagenhetProcessen.forsokslagenhetId(execution));
        if (!lagenhetsinfo.harDeltagit(forsokslagenhet.getId())) {
            throw new OgiltigtFormularException("Klienten har inte deltagit i Lägenhetsinfo och kan inte flytta in ännu.");
        }
        if (!form.ja(Falt.KONTRAKT_UNDERTECKNAT)) {
            throw new OgiltigtFormularException("Andrahandskontraktet ska vara undertecknat före inflyttningen.");
        }
        LocalDate inflyttning = form.kravtDatum(Falt.INFLYTTNINGSDATUM, "Inflyttningsdatum");
        if (inflyttning.isBefore(forsokslagenhet.getKontraktFran())) {
            throw new OgiltigtFormularException("Inflyttningen (" + inflyttning + ") kan inte ske före kontraktets start "
                    + forsokslagenhet.getKontraktFran() + ".");
        }
        forsokslagenhet.inflyttad(inflyttning, forsokslagenheter.granskningsdatum(inflyttning));
        Arende arende = arenden.iProcessen(execution);
        insatser.registrera(new Insats(arende, Insatstyp.FORSOKSLAGENHET, inflyttning, null, forsokslagenhet.getAdress(), 0,
                arende.getAnsvarigSektion(), inloggad.id()));
        // a home of one's own: the emergency or supported housing ends the day the client moves in
        insatser.flyttatTillEgetBoende(arende.getId(), inflyttning);
    }
}
