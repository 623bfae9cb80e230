package se.hemvag.tillhorighet;

import se.hemvag.delat.Formularnyckel;

/** Ids and variables of TillhorighetProcess that code and tests rely on. */
public final class TillhorighetProcessen {

    public static final String PROCESS_ID = "TillhorighetProcess";
    public static final String DECISION_TILLHORIGHET = "Decision_Tillhorighet";

    public static final String TASK_TILLHORIGHETSUTREDNING = "Task_Tillhorighetsutredning";
    public static final String TASK_LANKA_TILL_STADSDEL = "Task_LankaTillStadsdel";
    public static final String TASK_HANVISA_UNDER_20 = "Task_HanvisaUnder20";

    /** Result of Decision_Tillhorighet, one of {@link Tillhorighet}. */
    public static final String TILLHORIGHET = "tillhorighet";
    /** The choices the gateways read (here and in ArendeProcess), by variable. */
    public static final java.util.Map<String, Class<? extends Enum<?>>> GRINDVAL = java.util.Map.of(TILLHORIGHET,
            Tillhorighet.class);


    /** The fields of this process's forms; each constant names its form key (ProcesskontraktTest holds the forms to it). */
    public enum Falt implements Formularnyckel {
        KONTAKT_STADSDEL,
        STADSDEL,
        KONTAKT_BARN,
        HEMLOSHETSSITUATION,
        BEHOV_EKONOMI,
        BEHOV_MISSBRUK,
        BEHOV_PSYKISK_OHALSA,
        BEHOV_ALDRE_SOMATIK,
        UTREDNING_ANTECKNING,
        OVERLAMNINGSDATUM,
        OVERLAMNINGSSATT,
        KONTAKTPERSON,
        OVERLAMNING_ANTECKNING,
        MOTTAGARE
    }

    private TillhorighetProcessen() {
    }

    /** The decision Decision_Tillhorighet made, which the tasks after it act on. */
    public static Tillhorighet tillhorighet(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return Tillhorighet.valueOf((String) scope.getVariable(TILLHORIGHET));
    }
}
