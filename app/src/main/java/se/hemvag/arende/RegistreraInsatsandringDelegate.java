package se.hemvag.arende;

import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.InsatsandringProcessen.Falt;
import se.hemvag.arende.Insatser.Insatsandring;
import se.hemvag.delat.Formularnyckel;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.security.InloggadAnvandare;

/**
 * "Avsluta eller ändra en insats" from Tasklist: the case is the one typed in (which becomes the
 * instance's business key), the intervention its latest of the kind chosen; the rules are those of
 * the API ({@link Insatser#andra}).
 */
@Component("registreraInsatsandringDelegate")
class RegistreraInsatsandringDelegate implements JavaDelegate {

    static final List<String> FORMULARFALT = Formularnyckel.nycklar(Falt.ARENDENUMMER, Falt.INSATSTYP, Falt.INSATSANDRING, Falt.NYTT_SLUTDATUM, Falt.NY_UTFORARE, Falt.NY_KOSTNAD_PER_DYGN);

    /** What the form's choice "Vad ska göras?" offers. */
    enum Val { AVSLUTA, ANDRA, FORTSATTER }

    private final Arenden arenden;
    private final InsatsRepository insatsRepository;
    private final Insatser insatser;
    private final InloggadAnvandare inloggad;

    RegistreraInsatsandringDelegate(Arenden arenden, InsatsRepository insatsRepository, Insatser insatser,
                                    InloggadAnvandare inloggad) {
        this.inloggad = inloggad;
        this.arenden = arenden;
        this.insatsRepository = insatsRepository;
        this.insatser = insatser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        Arende arende = arenden.iStartformularet(execution, Falt.ARENDENUMMER);
        Insatstyp typ = form.val(Falt.INSATSTYP, Insatstyp.class, "Insats");
        Val val = form.val(Falt.INSATSANDRING, Val.class, "Vad ska göras?");
        if (typ == null || val == null) {
            throw new OgiltigtFormularException("Välj insatsen och vad som ska göras.");
        }
        // only the interventions the user's own sections decided: no telling what other sections' cases hold
        Insats insats = insatsRepository.findByArendeIdOrderByStartdatum(arende.getId()).stream()
                .filter(i -> i.getTyp() == typ && inloggad.tillhorNagon(i.getSektion()))
                .max(Comparator.comparing(Insats::getStartdatum).thenComparing(Insats::getId))
                .orElseThrow(() -> new OgiltigtFormularException("Ärende " + arende.getArendenummer()
                        + " har ingen insats av det slaget som din sektion har beslutat."));
        Insatsandring andring = switch (val) {
            case AVSLUTA -> new Insatsandring(form.kravtDatum(Falt.NYTT_SLUTDATUM, "Slutdatum"), true, null, null);
            case FORTSATTER -> new Insatsandring(null, true, null, null);
            case ANDRA -> new Insatsandring(null, false, form.text(Falt.NY_UTFORARE),
                    form.text(Falt.NY_KOSTNAD_PER_DYGN) == null ? null : form.kravtHeltal(Falt.NY_KOSTNAD_PER_DYGN, "Ny kostnad per dygn"));
        };
        insatser.andra(arende.getArendenummer(), insats.getId(), andring);
        execution.removeVariables(FORMULARFALT);
    }
}
