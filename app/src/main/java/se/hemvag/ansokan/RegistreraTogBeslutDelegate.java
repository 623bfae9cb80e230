package se.hemvag.ansokan;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.ansokan.TogProcessen.Falt;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.Arenden;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.security.InloggadAnvandare;

/** Stores the assessment: the answers, the rule's suggestion and the caseworker's decision. */
@Component("registreraTogBeslutDelegate")
class RegistreraTogBeslutDelegate implements JavaDelegate {

    private final Kvallsbedomningar bedomningar;
    private final InloggadAnvandare inloggad;
    private final Clock clock;
    private final Arenden arenden;

    RegistreraTogBeslutDelegate(Kvallsbedomningar bedomningar, InloggadAnvandare inloggad, Clock clock,
                                Arenden arenden) {
        this.arenden = arenden;
        this.bedomningar = bedomningar;
        this.inloggad = inloggad;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        String beslut = form.kravdText(Falt.TOG_BESLUT, "Beslut");
        if (!beslut.equals("BEVILJAT") && !beslut.equals("AVSLAG")) {
            throw new OgiltigtFormularException("Välj om akut nattlogi beviljas eller avslås.");
        }
        String nattlogi = beslut.equals("BEVILJAT") ? form.kravdText(Falt.NATTLOGI, "Nattlogi") : null;
        Long klientId = ArendeProcessen.id(execution, "klientId");
        bedomningar.registrera(new TogBedomning(klientId, arenden.oppetFor(klientId).map(Arende::getId).orElse(null), clock.instant(),
                (Integer) execution.getVariable(ArendeProcessen.ALDER), form.ja(Falt.HEMLOS), form.ja(Falt.MISSBRUK_ELLER_PSYKISK_OHALSA),
                form.ja(Falt.TILLHOR_STOCKHOLM), form.kravdText(Falt.TOG_FORSLAG, "Regelns förslag"), beslut, nattlogi,
                form.kravdText(Falt.TOG_MOTIVERING, "Motivering"), inloggad.id()));
        execution.removeVariable(Falt.TOG_MOTIVERING.nyckel());
    }
}
