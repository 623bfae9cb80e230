package se.hemvag.ansokan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Ansokningskanal;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen.Falt;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.delat.Formularnyckel;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.KonfliktException;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.klient.Kon;
import se.hemvag.klient.OgiltigIdentitetException;
import se.hemvag.security.InloggadAnvandare;

/**
 * Registers an application typed into the start form in Tasklist: stores the person and the case,
 * gives the process its case number as business key and drops the personal form fields from the
 * engine (they live in the klient and arende tables).
 */
@Component("registreraAnsokanDelegate")
class RegistreraAnsokanDelegate implements JavaDelegate {

    static final List<String> FORMULARFALT = Formularnyckel.nycklar(Falt.IDENTITETSNUMMER, Falt.FODELSEDATUM, Falt.KON, Falt.FORNAMN, Falt.EFTERNAMN, Falt.TELEFON, Falt.KANAL, Falt.ANTECKNING, Falt.NYTT_RESERVNUMMER);

    private final Ansokningsmottagning mottagning;
    private final InloggadAnvandare inloggad;
    private final Clock clock;

    RegistreraAnsokanDelegate(Ansokningsmottagning mottagning, InloggadAnvandare inloggad, Clock clock) {
        this.mottagning = mottagning;
        this.inloggad = inloggad;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        NyAnsokan ansokan = new NyAnsokan(
                form.text(Falt.IDENTITETSNUMMER),
                form.datum(Falt.FODELSEDATUM, "Födelsedatum"),
                form.val(Falt.KON, Kon.class, "Kön"),
                form.text(Falt.FORNAMN),
                form.text(Falt.EFTERNAMN),
                form.text(Falt.TELEFON),
                form.val(Falt.KANAL, Ansokningskanal.class, "Kanal"),
                form.text(Falt.ANTECKNING),
                form.ja(Falt.NYTT_RESERVNUMMER));
        Arende arende;
        try {
            arende = mottagning.registrera(ansokan, inloggad.id());
        } catch (OgiltigIdentitetException | OgiltigAnsokanException | KonfliktException fel) {
            throw new OgiltigtFormularException(fel.getMessage());
        }
        execution.setProcessBusinessKey(arende.getArendenummer());
        execution.removeVariables(FORMULARFALT);
        execution.setVariables(ArendeProcessen.startvariabler(arende, LocalDate.now(clock)));
    }
}
