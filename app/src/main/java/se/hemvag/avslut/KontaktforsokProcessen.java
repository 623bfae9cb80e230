package se.hemvag.avslut;

import java.util.List;
import java.util.Map;
import se.hemvag.delat.Formularnyckel;

/** The contract of KontaktforsokProcess: its id, the variables the app sets and the outcomes its gateway reads. */
public final class KontaktforsokProcessen {

    public static final String PROCESS_ID = "KontaktforsokProcess";
    public static final String TASK_REGISTRERA_KONTAKTFORSOK = "Task_RegistreraKontaktforsok";
    /** The round the attempts of this instance belong to (table kontaktrunda). */
    public static final String KONTAKTRUNDA_ID = "kontaktrundaId";
    /** The unit's rule in words, from the decision table, shown in the form. */
    public static final String KONTAKTREGEL = "kontaktregel";
    public static final String UTFALL = "kontaktforsokUtfall";
    public static final List<String> FORMULARFALT = Formularnyckel.nycklar(Falt.KONTAKTFORSOK_DATUM, Falt.KONTAKTFORSOK_TID, Falt.KONTAKTKANAL, Falt.KONTAKTRESULTAT, Falt.KONTAKTFORSOK_ANTECKNING, Falt.NASTA_STEG);

    /** What the gateway after an attempt reads. */
    public enum Utfall { KONTAKT, AVSLUTA, FORSOK_IGEN }

    /** What the caseworker chose to do next when the client was not reached. */
    public enum NastaSteg { FORSOK_IGEN, AVSLUTA }

    /** The choices KontaktforsokProcess's gateway and form read, by variable. */
    public static final Map<String, Class<? extends Enum<?>>> GRINDVAL = Map.of(UTFALL, Utfall.class,
            Falt.NASTA_STEG.nyckel(), NastaSteg.class, Falt.KONTAKTKANAL.nyckel(), Kontaktkanal.class, Falt.KONTAKTRESULTAT.nyckel(), Kontaktresultat.class);

    /** The fields of this process's forms; each constant names its form key (ProcesskontraktTest holds the forms to it). */
    public enum Falt implements Formularnyckel {
        KONTAKTFORSOK_DATUM,
        KONTAKTFORSOK_TID,
        KONTAKTKANAL,
        KONTAKTRESULTAT,
        KONTAKTFORSOK_ANTECKNING,
        NASTA_STEG
    }

    private KontaktforsokProcessen() {
    }
}
