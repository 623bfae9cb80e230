package se.hemvag.arende;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Formularvarden;
import se.hemvag.security.InloggadAnvandare;

/**
 * Records the co-handling section's decision: its own intervention, charged to that section, on
 * the same case.
 */
@Component("registreraMedhandlaggningDelegate")
class RegistreraMedhandlaggningDelegate implements JavaDelegate {

    private final MedhandlaggningRepository medhandlaggningar;
    private final InsatsRepository insatser;
    private final Arenden arenden;
    private final InloggadAnvandare inloggad;
    private final Clock clock;

    RegistreraMedhandlaggningDelegate(MedhandlaggningRepository medhandlaggningar, InsatsRepository insatser,
                                      Arenden arenden, InloggadAnvandare inloggad, Clock clock) {
        this.medhandlaggningar = medhandlaggningar;
        this.insatser = insatser;
        this.arenden = arenden;
        this.inloggad = inloggad;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        Medhandlaggning medhandlaggning = medhandlaggningar.findById(ArendeProcessen.id(execution, "medhandlaggningId"))
                .orElseThrow();
        insatser.save(RegistreraInsatsDelegate.insatsFranFormular(form, arenden.hamta(medhandlaggning.getArendeId()),
                medhandlaggning.getSektion(), inloggad.id()));
        medhandlaggning.beslutad(LocalDate.now(clock), inloggad.id());
        execution.removeVariables(RegistreraInsatsDelegate.FORMULARFALT);
    }
}
