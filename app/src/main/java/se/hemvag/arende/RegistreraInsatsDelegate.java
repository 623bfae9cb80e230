package se.hemvag.arende;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import se.hemvag.arende.ArendeProcessen.Falt;
import se.hemvag.delat.Formularnyckel;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.security.InloggadAnvandare;

/**
 * Stores one granted intervention on the case, charged to the responsible section, and clears the
 * form's fields so that the next one starts empty.
 */
@Component("registreraInsatsDelegate")
class RegistreraInsatsDelegate implements JavaDelegate {

    static final List<String> FORMULARFALT = Formularnyckel.nycklar(Falt.INSATSTYP, Falt.INSATS_START, Falt.INSATS_SLUT, Falt.UTFORARE, Falt.KOSTNAD_PER_DYGN, Falt.FLER_INSATSER);

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
        Insatstyp typ = form.val(Falt.INSATSTYP, Insatstyp.class, "Insats");
        if (typ == null) {
            throw new OgiltigtFormularException("Ange vilken insats som beviljats.");
        }
        return new Insats(arende, typ,
                form.kravtDatum(Falt.INSATS_START, "Insatsens startdatum"),
                form.datum(Falt.INSATS_SLUT, "Insatsens slutdatum"),
                form.kravdText(Falt.UTFORARE, "Utförare"),
                form.kravtHeltal(Falt.KOSTNAD_PER_DYGN, "Kostnad per dygn"),
                sektion, registreradAv);
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        Arende arende = arenden.iProcessen(execution);
        insatser.save(insatsFranFormular(form, arende, arende.getAnsvarigSektion(), inloggad.id()));
        boolean fler = form.ja(Falt.FLER_INSATSER);
        execution.removeVariables(FORMULARFALT);
        // transient: Gateway_FlerInsatser reads it in this transaction, and the next form opens unticked
        execution.setVariable("registreraFlerInsatser", Variables.booleanValue(fler, true));
    }
}
