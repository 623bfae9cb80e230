package se.hemvag.tillhorighet.process;

import static se.hemvag.tillhorighet.TillhorighetProcessen.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Arenden;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.tillhorighet.Hemloshetssituation;
import se.hemvag.tillhorighet.Stadsdel;
import se.hemvag.tillhorighet.Tillhorighet;
import se.hemvag.tillhorighet.Tillhorighetsutredning;
import se.hemvag.tillhorighet.TillhorighetsutredningRepository;

/** Stores the belonging investigation and Decision_Tillhorighet's outcome in the same transaction. */
@Component("registreraTillhorighetDelegate")
public class RegistreraTillhorighetDelegate implements JavaDelegate {

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
        boolean kontaktStadsdel = form.ja(KONTAKT_STADSDEL);
        Stadsdel stadsdel = form.val(STADSDEL, Stadsdel.class, "Stadsdel");
        if (kontaktStadsdel && stadsdel == null) {
            throw new OgiltigtFormularException("Ange vilken stadsdel klienten har haft kontakt med.");
        }
        Hemloshetssituation situation = form.val(HEMLOSHETSSITUATION, Hemloshetssituation.class, "Boendesituation");
        if (situation == null) {
            throw new OgiltigtFormularException("Ange klientens boendesituation.");
        }
        Tillhorighet beslut = Tillhorighet.valueOf(form.kravdText(TILLHORIGHET, "Tillhörighetsbeslut"));
        utredningar.save(new Tillhorighetsutredning(
                arenden.iProcessen(execution).getId(),
                kontaktStadsdel,
                kontaktStadsdel ? stadsdel : null,
                form.ja(KONTAKT_BARN),
                (Integer) execution.getVariable(ArendeProcessen.ALDER),
                situation,
                new Tillhorighetsutredning.Behov(form.ja(BEHOV_EKONOMI), form.ja(BEHOV_MISSBRUK),
                        form.ja(BEHOV_PSYKISK_OHALSA), form.ja(BEHOV_ALDRE_SOMATIK)),
                form.text(UTREDNING_ANTECKNING),
                beslut,
                inloggad.id(),
                LocalDate.now(clock)));
        execution.removeVariable(UTREDNING_ANTECKNING);
    }
}
