package se.hemvag.sip;

import org.camunda.bpm.engine.delegate.VariableScope;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.delat.Formularnyckel;

/** SipProcess: its id, its messages and the variables its tasks rely on. */
public final class SipProcessen {

    public static final String PROCESS_ID = "SipProcess";
    /** "Erbjud SIP nu" and "Samtycket till SIP återkallat", started in Tasklist. */
    public static final String SIP_BEGARAN_PROCESS_ID = "SipBegaranProcess";
    public static final String SAMTYCKE_ATERKALLAT_PROCESS_ID = "SamtyckeAterkallatProcess";
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
            Falt.SIP_SVAR.nyckel(), SipSvar.class, Falt.SIP_UTFALL.nyckel(), Uppfoljningsutfall.class);

    /** The fields of this process's forms; each constant names its form key (ProcesskontraktTest holds the forms to it). */
    public enum Falt implements Formularnyckel {
        SIP_ERBJUDEN,
        SIP_SVAR,
        SAMTYCKE_LAMNAT,
        SAMTYCKESFORM,
        SAMTYCKE_OMFATTNING,
        SIP_AVBOJT_ANLEDNING,
        SIP_INBJUDNA,
        SIP_MOTESDATUM,
        SIP_MOTESPLATS,
        SIP_MOTE_HALLET,
        SIP_KLIENTEN_DELTOG,
        SIP_PLAN,
        SIP_HUVUDANSVAR,
        SIP_HUVUDANSVARIG,
        SIP_NASTA_UPPFOLJNING,
        SIP_UPPFOLJNINGSDATUM,
        SIP_UPPFOLJNING_ANTECKNING,
        SIP_UTFALL,
        ARENDENUMMER,
        ATERKALLELSE_ANTECKNING
    }

    private SipProcessen() {
    }

    public static Long sipId(VariableScope scope) {
        return ArendeProcessen.id(scope, SIP_ID);
    }
}
