package se.hemvag.tillhorighet;

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
    public static final String KONTAKT_STADSDEL = "kontaktStadsdel";
    public static final String STADSDEL = "stadsdel";
    public static final String KONTAKT_BARN = "kontaktBarn";
    public static final String HEMLOSHETSSITUATION = "hemloshetssituation";
    public static final String BEHOV_EKONOMI = "behovEkonomi";
    public static final String BEHOV_MISSBRUK = "behovMissbruk";
    public static final String BEHOV_PSYKISK_OHALSA = "behovPsykiskOhalsa";
    public static final String BEHOV_ALDRE_SOMATIK = "behovAldreSomatik";
    public static final String UTREDNING_ANTECKNING = "utredningAnteckning";

    public static final String MOTTAGARE = "mottagare";
    public static final String OVERLAMNINGSDATUM = "overlamningsdatum";
    public static final String OVERLAMNINGSSATT = "overlamningssatt";
    public static final String KONTAKTPERSON = "kontaktperson";
    public static final String OVERLAMNING_ANTECKNING = "overlamningAnteckning";

    private TillhorighetProcessen() {
    }
}
