package se.hemvag.arende;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import se.hemvag.delat.Formularnyckel;

/**
 * The contract between the case table and ArendeProcess: its id, its start message and the few
 * small variables every task of the case can rely on. Personal data stays in the tables.
 */
public final class ArendeProcessen {

    public static final String PROCESS_ID = "ArendeProcess";
    public static final String MESSAGE_ANSOKAN_REGISTRERAD = "Message_AnsokanRegistrerad";

    public static final String ARENDE_ID = "arendeId";
    public static final String ARENDENUMMER = "arendenummer";
    /** Shown on every task so the caseworker knows whom it is about. */
    public static final String KLIENT_NAMN = "klientNamn";
    public static final String ALDER = "alder";
    /** True when the application is a return within a year of the last closure. */
    public static final String ATERKOMST = "aterkomst";
    public static final String ANSVARIG_SEKTION = "ansvarigSektion";
    public static final String UPPFOLJNING_UTFALL = "uppfoljningUtfall";
    /** Set on a denied application so the closure form opens with the reason filled in. */
    public static final String AVSLUTSORSAK = "avslutsorsak";
    /** Set when the housing at exit is known before the closure form (a taken-over trial apartment). */
    public static final String BOENDE_VID_AVSLUT = "boendeVidAvslut";
    public static final String MESSAGE_AVSLUT_BEGART = "Message_AvslutBegart";
    public static final String MESSAGE_KLIENTEN_HORDE_AV_SIG = "Message_KlientenHordeAvSig";
    public static final String MESSAGE_MEDHANDLAGGNING_BEGARD = "Message_MedhandlaggningBegard";
    /** Sent to every process about the case (SIP, försökslägenhet) when the case is closed, so they stop. */
    public static final String MESSAGE_ARENDET_AVSLUTAT = "Message_ArendetAvslutat";

    public static final String TASK_PABORJA_UTREDNING = "Task_PaborjaUtredning";
    public static final String TASK_BESLUTA_INSATSER = "Task_BeslutaInsatser";
    public static final String TASK_REGISTRERA_INSATS = "Task_RegistreraInsats";
    public static final String TASK_UPPFOLJNING = "Task_Uppfoljning";
    public static final String TIMER_NASTA_UPPFOLJNING = "Timer_NastaUppfoljning";

    /** How the case goes on after a follow-up (Gateway_Fortsatt reads it). */
    public enum Uppfoljningsutfall { FORTSATT, FANGELSE, FLYTT, AVSLUTA }

    /**
     * The choices ArendeProcess's gateways read and its forms offer, by variable: the contract its
     * forms and tests keep to.
     */
    public static final Map<String, Class<? extends Enum<?>>> GRINDVAL = Map.of(
            Falt.BESLUT.nyckel(), Beslut.class, UPPFOLJNING_UTFALL, Uppfoljningsutfall.class,
            Falt.JOBBTORG.nyckel(), Jobbtorg.class);

    /** The fields of this process's forms; each constant names its form key (ProcesskontraktTest holds the forms to it). */
    public enum Falt implements Formularnyckel {
        IDENTITETSNUMMER,
        FODELSEDATUM,
        KON,
        FORNAMN,
        EFTERNAMN,
        NYTT_RESERVNUMMER,
        TELEFON,
        KANAL,
        ANTECKNING,
        UTREDNING_PABORJAD,
        UTREDNINGSINSTRUMENT,
        UTREDNING_PLAN,
        BESLUT,
        BESLUTSDATUM,
        BESLUT_MOTIVERING,
        VARDEN_INVOLVERAD,
        INSATSTYP,
        INSATS_START,
        INSATS_SLUT,
        UTFORARE,
        KOSTNAD_PER_DYGN,
        FLER_INSATSER,
        UPPFOLJNINGSDATUM,
        SAMMANFATTNING,
        UPPFOLJNING_UTFALL,
        JOBBTORG,
        ANSTALT,
        FRIGIVNINGSDATUM,
        SAMTALSDATUM,
        PLANERING,
        MEDHANDLAGGNING_BEHOV
    }

    private ArendeProcessen() {
    }

    /**
     * An id the app itself set on an instance, read with its type: no form declares these, so no
     * caller can have set them (security/Formularkontroll), and a missing one is a fault, not input.
     */
    public static Long id(VariableScope scope, String variabel) {
        if (scope.getVariable(variabel) instanceof Long id) {
            return id;
        }
        throw new IllegalStateException("Processvariabeln " + variabel + " saknas eller är inget id.");
    }

    /** Tells each instance of a process about the case (SIP, försökslägenhet) that the case was closed, so it stops. */
    public static void meddelaAttArendetAvslutats(RuntimeService runtimeService, String processId, String arendenummer) {
        runtimeService.createProcessInstanceQuery().processDefinitionKey(processId).processInstanceBusinessKey(arendenummer)
                .list().forEach(instans -> runtimeService.createMessageCorrelation(MESSAGE_ARENDET_AVSLUTAT)
                        .processInstanceId(instans.getId()).correlateWithResult());
    }

    public static Map<String, Object> startvariabler(Arende arende, LocalDate idag) {
        return Variables.createVariables()
                .putValue(ARENDE_ID, arende.getId())
                .putValue(ARENDENUMMER, arende.getArendenummer())
                .putValue(KLIENT_NAMN, arende.getKlient().namn())
                .putValue(ALDER, arende.getKlient().alderVid(idag))
                .putValue(ATERKOMST, arende.isAterkomst());
    }
}
