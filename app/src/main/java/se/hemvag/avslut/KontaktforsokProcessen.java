package se.hemvag.avslut;

import java.util.List;
import java.util.Map;

/** The contract of KontaktforsokProcess: its id, the variables the app sets and the outcomes its gateway reads. */
public final class KontaktforsokProcessen {

    public static final String PROCESS_ID = "KontaktforsokProcess";
    public static final String TASK_REGISTRERA_KONTAKTFORSOK = "Task_RegistreraKontaktforsok";
    /** The round the attempts of this instance belong to (table kontaktrunda). */
    public static final String KONTAKTRUNDA_ID = "kontaktrundaId";
    /** The unit's rule in words, from the decision table, shown in the form. */
    public static final String KONTAKTREGEL = "kontaktregel";
    public static final String UTFALL = "kontaktforsokUtfall";
    public static final List<String> FORMULARFALT = List.of("kontaktforsokDatum", "kontaktforsokTid", "kontaktkanal",
            "kontaktresultat", "kontaktforsokAnteckning", "nastaSteg");

    /** What the gateway after an attempt reads. */
    public enum Utfall { KONTAKT, AVSLUTA, FORSOK_IGEN }

    /** What the caseworker chose to do next when the client was not reached. */
    public enum NastaSteg { FORSOK_IGEN, AVSLUTA }

    /** The choices KontaktforsokProcess's gateway and form read, by variable. */
    public static final Map<String, Class<? extends Enum<?>>> GRINDVAL = Map.of(UTFALL, Utfall.class,
            "nastaSteg", NastaSteg.class, "kontaktkanal", Kontaktkanal.class, "kontaktresultat", Kontaktresultat.class);

    private KontaktforsokProcessen() {
    }
}
