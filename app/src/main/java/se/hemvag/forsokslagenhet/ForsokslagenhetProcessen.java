package se.hemvag.forsokslagenhet;

import org.camunda.bpm.engine.delegate.VariableScope;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.delat.Formularnyckel;

/**
 * ForsokslagenhetProcess, LagenhetsinfoProcess and HyranForstProcess: ids, messages and the
 * variables their tasks rely on (TILLFALLE_ID is the session of either kind).
 */
public final class ForsokslagenhetProcessen {

    public static final String PROCESS_ID = "ForsokslagenhetProcess";
    /** "Anmäl en hyresskuld", started in Tasklist (AnmalHyresskuldDelegate). */
    public static final String HYRESSKULD_PROCESS_ID = "HyresskuldProcess";
    public static final String LAGENHETSINFO_PROCESS_ID = "LagenhetsinfoProcess";
    public static final String HYRAN_FORST_PROCESS_ID = "HyranForstProcess";
    public static final String FORSOKSLAGENHET_ID = "forsokslagenhetId";
    public static final String TILLFALLE_ID = "tillfalleId";
    public static final String KALLELSE_ID = "kallelseId";
    public static final String MESSAGE_LAGENHETSINFO_GENOMFORD = "Message_LagenhetsinfoGenomford";
    /** A rent debt reported: the section's task in ForsokslagenhetProcess, with the debt as HYRESSKULD_ID. */
    public static final String MESSAGE_HYRESSKULD_ANMALD = "Message_HyresskuldAnmald";
    public static final String HYRESSKULD_ID = "hyresskuldId";
    /** Result of Decision_Kontraktsovertagande, one of {@link Granskningsresultat}. */
    public static final String OVERTAGANDE = "overtagande";

    /** The decision on a trial apartment (Task_BeslutaForsokslagenhet). */
    public enum Beslut { BEVILJAD, AVSLAG }

    /** What Hyran först's task registers: a visit, or the open house closed for the month. */
    public enum HyranForstRegistrering { BESOK, STANG }

    /** The choices the trial apartment's gateways read, by variable. */
    public static final java.util.Map<String, Class<? extends Enum<?>>> GRINDVAL = java.util.Map.of(
            Falt.FORSOKSLAGENHET_BESLUT.nyckel(), Beslut.class, OVERTAGANDE, Granskningsresultat.class,
            Falt.AVVIKELSE_UTFALL.nyckel(), AvvikelseUtfall.class, Falt.REGISTRERING.nyckel(), HyranForstRegistrering.class);

    public static final String TASK_BESLUTA = "Task_BeslutaForsokslagenhet";
    public static final String TASK_REGISTRERA_LAGENHET = "Task_RegistreraLagenhet";
    public static final String TASK_BESTALL_BOENDESTOD = "Task_BestallBoendestod";
    public static final String TASK_INFLYTTNING = "Task_Inflyttning";
    public static final String TASK_GRANSKA = "Task_GranskaOvertagande";
    public static final String TASK_FORSTAHANDSKONTRAKT = "Task_Forstahandskontrakt";
    public static final String TASK_AVVIKELSE = "Task_Avvikelse";
    public static final String TASK_REGISTRERA_NARVARO = "Task_RegistreraNarvaro";

    /** The fields of this process's forms; each constant names its form key (ProcesskontraktTest holds the forms to it). */
    public enum Falt implements Formularnyckel {
        ARENDENUMMER,
        EKONOMI_UTREDD,
        STABILITET,
        FORSOKSLAGENHET_BESLUT,
        FORSOKSLAGENHET_BESLUTSDATUM,
        FORSOKSLAGENHET_MOTIVERING,
        ADRESS,
        HYRESVARD,
        KONTRAKT_FRAN,
        KONTRAKT_TILL,
        BOENDESTOD_UTFORARE,
        BOENDESTOD_FRAN,
        BOENDESTOD_TIMMAR,
        KONTRAKT_UNDERTECKNAT,
        INFLYTTNINGSDATUM,
        HYRAN_BETALD,
        NYA_SKULDER,
        STORNINGAR,
        HYRESVARDENS_SYN,
        GRANSKNING_ANTECKNING,
        FORSTAHANDSKONTRAKT_FRAN,
        AVVIKELSE_MOTESDATUM,
        AVVIKELSE_DELTAGARE,
        AVVIKELSE_ORSAK,
        KLIENTENS_SYN,
        AVVIKELSE_UTFALL,
        NY_GRANSKNING,
        HYRESSKULD_KONTAKT,
        HYRESSKULD_ATGARD,
        TILLFALLE_DATUM,
        TILLFALLE_KLOCKSLAG,
        PLATS,
        KAPACITET,
        LEDARE,
        NARVARO,
        BETYG,
        UTVARDERING,
        PARM_UTDELAD,
        REGISTRERING,
        BESOK_ARENDENUMMER,
        HJALP,
        BESOK_ANTECKNING,
        HYRESSKULD_BELOPP,
        HYRESSKULD_ANMALD_AV,
        OPPET_HUS_DATUM,
        INBJUDNA,
        SKULD_ANMALD_AV,
        SKULD_BELOPP,
        SKULD_ANTECKNING
    }

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

    public static Granskningsresultat overtagande(VariableScope scope) {
        Object varde = scope.getVariable(OVERTAGANDE);
        return varde == null ? null : Granskningsresultat.valueOf(varde.toString());
    }

    public static Long hyresskuldId(VariableScope scope) {
        return ArendeProcessen.id(scope, HYRESSKULD_ID);
    }
}
