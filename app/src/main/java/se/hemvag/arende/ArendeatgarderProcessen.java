package se.hemvag.arende;

import se.hemvag.delat.Formularnyckel;

/**
 * The contract of the case actions a caseworker starts from Tasklist's "Starta process": the client
 * got in touch (KontaktProcess), another section brought in (MedhandlaggningBegaranProcess) and a
 * lead's case review (ArendegenomgangProcess). Each runs the same service as its REST endpoint.
 */
public final class ArendeatgarderProcessen {

    public static final String KONTAKT_PROCESS_ID = "KontaktProcess";
    public static final String MEDHANDLAGGNING_PROCESS_ID = "MedhandlaggningBegaranProcess";
    public static final String ARENDEGENOMGANG_PROCESS_ID = "ArendegenomgangProcess";

    /** The fields of these processes' start forms; each constant names its form key. */
    public enum Falt implements Formularnyckel {
        ARENDENUMMER,
        MEDHANDLAGGANDE_SEKTION_VAL,
        MEDHANDLAGGNING_BEGART_BEHOV,
        GENOMGANGSDATUM,
        GENOMGANG_HANDLAGGARE,
        GENOMGANG_ANTECKNING
    }

    private ArendeatgarderProcessen() {
    }
}
