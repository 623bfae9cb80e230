package se.hemvag.forsokslagenhet;

import org.camunda.bpm.engine.delegate.VariableScope;
import se.hemvag.arende.ArendeProcessen;

/**
 * ForsokslagenhetProcess, LagenhetsinfoProcess and HyranForstProcess: ids, messages and the
 * variables their tasks rely on (TILLFALLE_ID is the session of either kind).
 */
public final class ForsokslagenhetProcessen {

    public static final String PROCESS_ID = "ForsokslagenhetProcess";
    public static final String LAGENHETSINFO_PROCESS_ID = "LagenhetsinfoProcess";
    public static final String FORSOKSLAGENHET_ID = "forsokslagenhetId";
    public static final String TILLFALLE_ID = "tillfalleId";
    public static final String KALLELSE_ID = "kallelseId";
    public static final String MESSAGE_LAGENHETSINFO_GENOMFORD = "Message_LagenhetsinfoGenomford";
    /** A rent debt reported: the section's task in ForsokslagenhetProcess, with the debt as HYRESSKULD_ID. */
    public static final String MESSAGE_HYRESSKULD_ANMALD = "Message_HyresskuldAnmald";
    public static final String HYRESSKULD_ID = "hyresskuldId";

    /** The decision on a trial apartment (Task_BeslutaForsokslagenhet). */
    public enum Beslut { BEVILJAD, AVSLAG }

    /** What Hyran först's task registers: a visit, or the open house closed for the month. */
    public enum HyranForstRegistrering { BESOK, STANG }

    /** The choices the trial apartment's gateways read, by variable. */
    public static final java.util.Map<String, Class<? extends Enum<?>>> GRINDVAL = java.util.Map.of(
            "forsokslagenhetBeslut", Beslut.class, "overtagande", Granskningsresultat.class,
            "avvikelseUtfall", AvvikelseUtfall.class, "registrering", HyranForstRegistrering.class);

    public static final String TASK_BESLUTA = "Task_BeslutaForsokslagenhet";
    public static final String TASK_REGISTRERA_LAGENHET = "Task_RegistreraLagenhet";
    public static final String TASK_BESTALL_BOENDESTOD = "Task_BestallBoendestod";
    public static final String TASK_INFLYTTNING = "Task_Inflyttning";
    public static final String TASK_GRANSKA = "Task_GranskaOvertagande";
    public static final String TASK_FORSTAHANDSKONTRAKT = "Task_Forstahandskontrakt";
    public static final String TASK_AVVIKELSE = "Task_Avvikelse";
    public static final String TASK_REGISTRERA_NARVARO = "Task_RegistreraNarvaro";

    private ForsokslagenhetProcessen() {
    }

    public static Long forsokslagenhetId(VariableScope scope) {
        return ArendeProcessen.id(scope, FORSOKSLAGENHET_ID);
    }

    public static Long tillfalleId(VariableScope scope) {
        return ArendeProcessen.id(scope, TILLFALLE_ID);
    }

    public static Long kallelseId(VariableScope scope) {
        return ArendeProcessen.id(scope, KALLELSE_ID);
    }

    public static Long hyresskuldId(VariableScope scope) {
        return ArendeProcessen.id(scope, HYRESSKULD_ID);
    }
}
