package se.hemvag.ansokan;

import se.hemvag.delat.Formularnyckel;

/** The contract of TogProcess (tak över huvudet): the evening assessment of a person without a case. */
public final class TogProcessen {

    public static final String PROCESS_ID = "TogProcess";

    /** The fields of this process's forms; each constant names its form key (ProcesskontraktTest holds the forms to it). */
    public enum Falt implements Formularnyckel {
        IDENTITETSNUMMER,
        FODELSEDATUM,
        KON,
        FORNAMN,
        EFTERNAMN,
        NYTT_RESERVNUMMER,
        HEMLOS,
        MISSBRUK_ELLER_PSYKISK_OHALSA,
        TILLHOR_STOCKHOLM,
        TOG_BESLUT,
        NATTLOGI,
        TOG_MOTIVERING,
        TOG_FORSLAG
    }

    private TogProcessen() {
    }
}
