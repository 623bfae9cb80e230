package se.hemvag.ansokan;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.Arenden;
import se.hemvag.klient.Klient;
import se.hemvag.klient.Klientregister;
import se.hemvag.security.InloggadAnvandare;

/** Intake: checks an application, registers the person and opens the case. */
@Service
public class Ansokningsmottagning {

    private final Validator validator;
    private final Klientregister klientregister;
    private final Arenden arenden;
    private final RuntimeService runtimeService;
    private final InloggadAnvandare inloggad;
    private final Clock clock;

    Ansokningsmottagning(Validator validator, Klientregister klientregister, Arenden arenden,
                         RuntimeService runtimeService, InloggadAnvandare inloggad, Clock clock) {
        this.inloggad = inloggad;
        this.validator = validator;
        this.klientregister = klientregister;
        this.arenden = arenden;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** Registers the application; the caller is inside a running ArendeProcess (the Tasklist start form). */
    @Transactional
    public Arende registrera(NyAnsokan ansokan, String registreradAv) {
        List<String> fel = validator.validate(ansokan).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(ConstraintViolation::getMessage)
                .toList();
        if (!fel.isEmpty()) {
            throw new OgiltigAnsokanException(fel);
        }
        Klient klient = klientregister.hittaEllerRegistrera(ansokan.klientuppgifter());
        return arenden.oppna(klient, ansokan.kanal(), ansokan.anteckning(), registreradAv);
    }

    /**
     * Registers the application and starts its ArendeProcess, business key = case number. The
     * caller has checked that the user registers applications; the start message is the app's
     * own, which no user may send.
     */
    @Transactional
    public Arende registreraOchStarta(NyAnsokan ansokan, String registreradAv) {
        Arende arende = registrera(ansokan, registreradAv);
        inloggad.somSystem(() -> runtimeService.createMessageCorrelation(ArendeProcessen.MESSAGE_ANSOKAN_REGISTRERAD)
                .processInstanceBusinessKey(arende.getArendenummer())
                .setVariables(ArendeProcessen.startvariabler(arende, LocalDate.now(clock)))
                .correlateStartMessage());
        return arende;
    }
}
