package se.hemvag.tillhorighet;

import static se.hemvag.tillhorighet.TillhorighetProcessen.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.Arenden;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.security.InloggadAnvandare;

/** Stores the belonging investigation and Decision_Tillhorighet's outcome in the same transaction. */
@Component("registreraTillhorighetDelegate")
class RegistreraTillhorighetDelegate implements JavaDelegate {

    private final TillhorighetsutredningRepository utredningar;
    private final Arenden arenden;
    private final InloggadAnvandare inloggad;
    private final Clock clock;

    RegistreraTillhorighetDelegate(TillhorighetsutredningRepository utredningar, Arenden arenden,
                                   InloggadAnvandare inloggad, Clock clock) {
        this.utredningar = utredningar;
        this.arenden = arenden;
        this.inloggad = inloggad;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        boolean kontaktStadsdel = form.ja(Falt.KONTAKT_STADSDEL);
        Stadsdel stadsdel = form.val(Falt.STADSDEL, Stadsdel.class, "Stadsdel");
        if (kontaktStadsdel && stadsdel == null) {
            throw new OgiltigtFormularException("Ange vilken stadsdel klienten har haft kontakt med.");
        }
        Hemloshetssituation situation = form.val(Falt.HEMLOSHETSSITUATION, Hemloshetssituation.class, "Boendesituation");
        if (situation == null) {
            throw new OgiltigtFormularException("Ange klientens boendesituation.");
        }
        Tillhorighet beslut = tillhorighet(execution);
        utredningar.save(new Tillhorighetsutredning(
                arenden.iProcessen(execution).getId(),
                kontaktStadsdel,
                kontaktStadsdel ? stadsdel : null,
                form.ja(Falt.KONTAKT_BARN),
                (Integer) execution.getVariable(ArendeProcessen.ALDER),
                situation,
                new Tillhorighetsutredning.Behov(form.ja(Falt.BEHOV_EKONOMI), form.ja(Falt.BEHOV_MISSBRUK),
                        form.ja(Falt.BEHOV_PSYKISK_OHALSA), form.ja(Falt.BEHOV_ALDRE_SOMATIK)),
                form.text(Falt.UTREDNING_ANTECKNING),
                beslut,
                inloggad.id(),
                LocalDate.now(clock)));
        execution.removeVariable(Falt.UTREDNING_ANTECKNING.nyckel());
    }
}
