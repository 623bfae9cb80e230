package se.hemvag.ansokan.process;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.ansokan.TogBedomning;
import se.hemvag.ansokan.TogBedomningRepository;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.Arenden;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.security.InloggadAnvandare;

/** Stores the assessment: the answers, the rule's suggestion and the caseworker's decision. */
@Component("registreraTogBeslutDelegate")
public class RegistreraTogBeslutDelegate implements JavaDelegate {

    private final TogBedomningRepository bedomningar;
    private final InloggadAnvandare inloggad;
    private final Clock clock;
    private final Arenden arenden;

    RegistreraTogBeslutDelegate(TogBedomningRepository bedomningar, InloggadAnvandare inloggad, Clock clock,
                                Arenden arenden) {
        this.arenden = arenden;
        this.bedomningar = bedomningar;
        this.inloggad = inloggad;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        String beslut = form.kravdText("togBeslut", "Beslut");
        if (!beslut.equals("BEVILJAT") && !beslut.equals("AVSLAG")) {
            throw new OgiltigtFormularException("Välj om akut nattlogi beviljas eller avslås.");
        }
        String nattlogi = beslut.equals("BEVILJAT") ? form.kravdText("nattlogi", "Nattlogi") : null;
        Long klientId = ArendeProcessen.id(execution, "klientId");
        bedomningar.save(new TogBedomning(klientId, arenden.oppetFor(klientId).map(Arende::getId).orElse(null), clock.instant(),
                (Integer) execution.getVariable("alder"), form.ja("hemlos"), form.ja("missbrukEllerPsykiskOhalsa"),
                form.ja("tillhorStockholm"), form.kravdText("togForslag", "Regelns förslag"), beslut, nattlogi,
                form.kravdText("togMotivering", "Motivering"), inloggad.id()));
        execution.removeVariables(List.of("togMotivering"));
    }
}
