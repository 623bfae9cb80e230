package se.hemvag.avslut;

import java.util.Map;
import se.hemvag.delat.Formularnyckel;

/** Ids of AvslutProcess that code and tests rely on. */
public final class AvslutProcessen {

    public static final String PROCESS_ID = "AvslutProcess";
    /** "Begär avslut av ett ärende", started in Tasklist (BegarAvslutDelegate). */
    public static final String AVSLUT_BEGARAN_PROCESS_ID = "AvslutBegaranProcess";
    public static final String TASK_AVSLUTNINGSBLANKETT = "Task_Avslutningsblankett";
    /** Whether the client had not been heard from for the watch period when the closure began (set by ArendeProcess). */
    public static final String INTE_HORD_AV_VID_AVSLUT = "inteHordAvVidAvslut";

    /** The choices AvslutProcess's gateways read, by variable. */
    public static final Map<String, Class<? extends Enum<?>>> GRINDVAL = Map.of(Falt.AVSLUTSORSAK.nyckel(), Avslutsorsak.class);

    /** The fields of this process's forms; each constant names its form key (ProcesskontraktTest holds the forms to it). */
    public enum Falt implements Formularnyckel {
        AVSLUTSORSAK,
        BOENDE_VID_AVSLUT,
        EGEN_FORSORJNING,
        AVSLUTSDATUM,
        AVSLUT_ANTECKNING,
        MOTTAGARE,
        OVERLAMNINGSDATUM,
        OVERLAMNINGSSATT,
        KONTAKTPERSON,
        OVERLAMNING_ANTECKNING,
        ARENDENUMMER
    }

    private AvslutProcessen() {
    }
}
