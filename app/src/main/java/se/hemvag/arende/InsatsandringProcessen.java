package se.hemvag.arende;

import se.hemvag.delat.Formularnyckel;

/** The contract of InsatsandringProcess, the Tasklist start form that changes an intervention under way. */
public final class InsatsandringProcessen {

    public static final String PROCESS_ID = "InsatsandringProcess";

    /** The fields of this process's forms; each constant names its form key (ProcesskontraktTest holds the forms to it). */
    public enum Falt implements Formularnyckel {
        ARENDENUMMER,
        INSATSTYP,
        INSATSANDRING,
        NYTT_SLUTDATUM,
        NY_UTFORARE,
        NY_KOSTNAD_PER_DYGN
    }

    private InsatsandringProcessen() {
    }
}
