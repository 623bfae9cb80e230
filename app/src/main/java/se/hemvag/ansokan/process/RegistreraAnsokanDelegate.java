package se.hemvag.ansokan.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.ansokan.Ansokningsmottagning;
import se.hemvag.ansokan.NyAnsokan;
import se.hemvag.ansokan.OgiltigAnsokanException;
import se.hemvag.arende.Ansokningskanal;
import se.hemvag.arende.Arende;
import se.hemvag.delat.KonfliktException;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.delat.Formularvarden;
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
public class RegistreraAnsokanDelegate implements JavaDelegate {

    static final List<String> FORMULARFALT = List.of(
            "identitetsnummer", "fodelsedatum", "kon", "fornamn", "efternamn", "telefon", "kanal", "anteckning",
            "nyttReservnummer");

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
                form.text("identitetsnummer"),
                form.datum("fodelsedatum", "Födelsedatum"),
                form.val("kon", Kon.class, "Kön"),
                form.text("fornamn"),
                form.text("efternamn"),
                form.text("telefon"),
                form.val("kanal", Ansokningskanal.class, "Kanal"),
                form.text("anteckning"),
                form.ja("nyttReservnummer"));
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
