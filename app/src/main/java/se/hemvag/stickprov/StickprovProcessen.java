package se.hemvag.stickprov;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.hemvag.delat.Formularnyckel;

/**
 * StickprovProcess: its ids, the few variables the app sets (no personal data: ids and the month) and
 * the fields of the review form, whose keys the form and the code share.
 */
public final class StickprovProcessen {

    public static final String PROCESS_ID = "StickprovProcess";
    public static final String START_MANADSVIS = "StartEvent_Manadsvis";
    public static final String TASK_DRA = "Task_DraStickprov";
    public static final String TASK_GRANSKA = "Task_GranskaBarnperspektiv";
    public static final String SUBPROCESS_GRANSKNINGAR = "SubProcess_Granskningar";
    public static final String END_GRANSKADE = "EndEvent_StickprovGranskade";
    public static final String END_REDAN_DRAGET = "EndEvent_RedanDraget";
    public static final String END_INGA_UTREDNINGAR = "EndEvent_IngaUtredningar";

    /** The month's draw (a row of stickprov_dragning). */
    public static final String DRAGNING_ID = "dragningId";
    /** What the draw came to: Gateway_Dragning reads it. */
    public static final String DRAGNING = "dragning";
    /** One sampled investigation (a row of stickprov), the element of the reviews' multi-instance. */
    public static final String STICKPROV_ID = "stickprovId";
    /** Which investigation the review is about, shown read-only in the form: its kind, section and date. */
    public static final String GRANSKAD_UTREDNING = "granskadUtredning";

    /** What the month's draw came to. */
    public enum Dragning { NY, REDAN_DRAGEN, INGA_UTREDNINGAR }

    /** Were there children under 18 around the client (own children, contact, overnight stays)? */
    public enum Barn { JA, NEJ, FRAMGAR_INTE }

    public enum Svar { JA, NEJ }

    /** A report of concern (orosanmälan) about a child: needed and made, needed and missing, or not needed. */
    public enum Orosanmalan { EJ_AKTUELLT, GJORD, SAKNAS }

    /** The reviewer's overall assessment. */
    public enum Bedomning { OK, ANMARKNING }

    /** The choices the gateway and the review form offer, by variable: the contract they keep to. */
    public static final Map<String, Class<? extends Enum<?>>> GRINDVAL = Map.of(
            DRAGNING, Dragning.class,
            Falt.STICKPROV_BARN.nyckel(), Barn.class,
            Falt.STICKPROV_BEAKTAT.nyckel(), Svar.class,
            Falt.STICKPROV_DOKUMENTERAT.nyckel(), Svar.class,
            Falt.STICKPROV_OROSANMALAN.nyckel(), Orosanmalan.class,
            Falt.STICKPROV_BEDOMNING.nyckel(), Bedomning.class);

    /** The fields of the review form (stickprov-granskning). */
    public enum Falt implements Formularnyckel {
        STICKPROV_BARN,
        STICKPROV_BEAKTAT,
        STICKPROV_DOKUMENTERAT,
        STICKPROV_OROSANMALAN,
        STICKPROV_BEDOMNING,
        STICKPROV_KOMMENTAR
    }

    private StickprovProcessen() {
    }

    /** The sampled investigation of a review, set by the app as the multi-instance's element; never form input. */
    static Long stickprovId(VariableScope scope) {
        if (scope.getVariable(STICKPROV_ID) instanceof Long id) {
            return id;
        }
        throw new IllegalStateException("Processvariabeln " + STICKPROV_ID + " saknas eller är inget id.");
    }
}
