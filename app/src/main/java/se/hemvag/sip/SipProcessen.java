package se.hemvag.sip;

import org.camunda.bpm.engine.delegate.VariableScope;
import se.hemvag.arende.ArendeProcessen;

/** SipProcess: its id, its messages and the variables its tasks rely on. */
public final class SipProcessen {

    public static final String PROCESS_ID = "SipProcess";
    /** Whether a granted case is offered a SIP: the unit's rule, changed in the Modeler. */
    public static final String DECISION_SIP_ERBJUDS = "Decision_SipErbjuds";
    public static final String SIP_ID = "sipId";
    public static final String MESSAGE_SAMTYCKE_ATERKALLAT = "Message_SamtyckeAterkallat";

    public static final String TASK_ERBJUD_SIP = "Task_ErbjudSip";
    public static final String TASK_BJUD_IN = "Task_BjudInTillSip";
    public static final String TASK_MOTE_OCH_PLAN = "Task_SipMoteOchPlan";
    public static final String TASK_FOLJ_UPP = "Task_FoljUppSip";

    /** Whether the SIP goes on after a follow-up (the gateway after Task_FoljUppSip reads it). */
    public enum Uppfoljningsutfall { FORTSATT, AVSLUTAD }

    /** The choices SipProcess's gateways read, by variable. */
    public static final java.util.Map<String, Class<? extends Enum<?>>> GRINDVAL = java.util.Map.of(
            "sipSvar", SipSvar.class, "sipUtfall", Uppfoljningsutfall.class);

    private SipProcessen() {
    }

    public static Long sipId(VariableScope scope) {
        return ArendeProcessen.id(scope, SIP_ID);
    }
}
