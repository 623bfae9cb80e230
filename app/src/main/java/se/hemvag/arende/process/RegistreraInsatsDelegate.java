package se.hemvag.arende.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.Arenden;
import se.hemvag.delat.Formularvarden;
import se.hemvag.arende.Insats;
import se.hemvag.arende.InsatsRepository;
import se.hemvag.arende.Insatstyp;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.security.InloggadAnvandare;

/**
 * Stores one granted intervention on the case, charged to the responsible section, and clears the
 * form's fields so that the next one starts empty.
 */
@Component("registreraInsatsDelegate")
public class RegistreraInsatsDelegate implements JavaDelegate {

    static final List<String> FORMULARFALT =
            List.of("insatstyp", "insatsStart", "insatsSlut", "utforare", "kostnadPerDygn", "flerInsatser");

    private final InsatsRepository insatser;
    private final Arenden arenden;
    private final InloggadAnvandare inloggad;

    RegistreraInsatsDelegate(InsatsRepository insatser, Arenden arenden, InloggadAnvandare inloggad) {
        this.insatser = insatser;
        this.arenden = arenden;
        this.inloggad = inloggad;
    }

    /** The intervention the insats fields of a form describe (this task's form and medhandläggning's). */
    static Insats insatsFranFormular(Formularvarden form, Arende arende, String sektion, String registreradAv) {
        Insatstyp typ = form.val("insatstyp", Insatstyp.class, "Insats");
        if (typ == null) {
            throw new OgiltigtFormularException("Ange vilken insats som beviljats.");
        }
        return new Insats(arende, typ,
                form.kravtDatum("insatsStart", "Insatsens startdatum"),
                form.datum("insatsSlut", "Insatsens slutdatum"),
                form.kravdText("utforare", "Utförare"),
                form.kravtHeltal("kostnadPerDygn", "Kostnad per dygn"),
                sektion, registreradAv);
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        Arende arende = arenden.iProcessen(execution);
        insatser.save(insatsFranFormular(form, arende, arende.getAnsvarigSektion(), inloggad.id()));
        boolean fler = form.ja("flerInsatser");
        execution.removeVariables(FORMULARFALT);
        // transient: Gateway_FlerInsatser reads it in this transaction, and the next form opens unticked
        execution.setVariable("registreraFlerInsatser", Variables.booleanValue(fler, true));
    }
}
