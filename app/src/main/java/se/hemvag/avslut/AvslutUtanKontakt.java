package se.hemvag.avslut;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import se.hemvag.arende.OgiltigtFormularException;
import se.hemvag.security.InloggadAnvandare;

/**
 * The rule that a case may be closed because the client has not been heard from only after
 * enough documented contact attempts. The rule itself is Decision_AvslutUtanKontakt, which the
 * process owner changes in Camunda Modeler; this class counts the attempts and asks it.
 */
@Service
public class AvslutUtanKontakt {

    static final String DECISION = "Decision_AvslutUtanKontakt";

    private final KontaktforsokRepository kontaktforsok;
    private final DecisionService decisionService;
    private final InloggadAnvandare inloggad;

    AvslutUtanKontakt(KontaktforsokRepository kontaktforsok, DecisionService decisionService,
                      InloggadAnvandare inloggad) {
        this.kontaktforsok = kontaktforsok;
        this.decisionService = decisionService;
        this.inloggad = inloggad;
    }

    /** Refuses, with the figures, a closure for lack of contact that the rule does not yet allow. */
    public void kravUppfyllt(Long arendeId) {
        List<Instant> tider = kontaktforsok.findByArendeIdOrderByTidpunkt(arendeId).stream()
                .map(Kontaktforsok::getTidpunkt).toList();
        long dagar = tider.isEmpty() ? 0 : Duration.between(tider.get(0), tider.get(tider.size() - 1)).toDays();
        // the decision is the unit's rule, not client data: evaluated as the app, whoever asks
        boolean tillatet = inloggad.somSystem(() -> decisionService.evaluateDecisionTableByKey(DECISION,
                        Variables.createVariables().putValue("antalForsok", tider.size()).putValue("dagarMellanForsok", (int) dagar))
                .getSingleResult().getSingleEntry());
        if (!tillatet) {
            throw new OgiltigtFormularException("Ärendet kan inte avslutas för att klienten inte hörts av förrän "
                    + "tillräckligt många kontaktförsök är dokumenterade (enhetens regel: minst tre under minst två veckor). "
                    + "Hittills: " + tider.size() + " försök under " + dagar + " dagar.");
        }
    }
}
