package se.hemvag.sektion;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * When a section's task is due: the unit's timing for each kind of task, so that the leads'
 * "Försenade uppgifter" shows what has waited too long. Every user task's due date is
 * {@code ${tidsfrister.forfaller(execution)}}. The unit changes a time with
 * {@code hemvag.tidsfrist.<task id>} (ISO 8601, e.g. P3D or PT4H), and the time for tasks without
 * one of their own with {@code hemvag.tidsfrist.standard}.
 */
@Component("tidsfrister")
public class Tidsfrister {

    static final String STANDARD = "P14D";

    /** The unit's timing where it differs from two weeks. */
    static final Map<String, String> ENHETENS = Map.ofEntries(
            Map.entry("Task_BeslutaNattlogi", "PT4H"),
            Map.entry("Task_Tillhorighetsutredning", "P7D"),
            Map.entry("Task_LankaTillStadsdel", "P3D"),
            Map.entry("Task_HanvisaUnder20", "P3D"),
            Map.entry("Task_PaborjaUtredning", "P3D"),
            Map.entry("Task_BeslutaInsatser", "P4M"),
            Map.entry("Task_RegistreraInsats", "P2D"),
            Map.entry("Task_RingAnstalten", "P7D"),
            Map.entry("Task_Avslutningsblankett", "P7D"),
            Map.entry("Task_OverlamnaVidFlytt", "P7D"),
            Map.entry("Task_RegistreraKontaktforsok", "P1D"),
            Map.entry("Task_HanteraHyresskuld", "P3D"),
            Map.entry("Task_RegistreraBesok", "PT8H"),
            Map.entry("Task_RegistreraNarvaro", "P1D"));

    private final Environment installningar;
    private final Clock clock;

    Tidsfrister(Environment installningar, Clock clock) {
        this.installningar = installningar;
        this.clock = clock;
    }

    /** The due date of the user task the execution has just reached. */
    public Date forfaller(DelegateExecution execution) {
        return Date.from(forfaller(execution.getCurrentActivityId(), ZonedDateTime.now(clock)).toInstant());
    }

    ZonedDateTime forfaller(String uppgift, ZonedDateTime nu) {
        String namn = "hemvag.tidsfrist." + uppgift;
        String tid = installningar.getProperty(namn, ENHETENS.getOrDefault(uppgift,
                installningar.getProperty("hemvag.tidsfrist.standard", STANDARD)));
        try {
            return tid.contains("T") ? nu.plus(Duration.parse(tid)) : nu.plus(Period.parse(tid));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(namn + " ska vara en ISO 8601-tid som P3D eller PT4H, inte '" + tid + "'.", e);
        }
    }
}
