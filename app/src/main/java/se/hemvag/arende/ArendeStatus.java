package se.hemvag.arende;

import java.util.Arrays;
import java.util.List;

public enum ArendeStatus {
    TILLHORIGHETSUTREDNING(false),
    /** Belongs to EFH; the responsible section is to start the investigation. */
    UTREDNING_EJ_PABORJAD(false),
    UTREDNING(false),
    /** Interventions granted; the section follows the case up until closure. */
    PAGAENDE(false),
    /** The application was denied; the closure form is to be filled in. */
    AVSLAG(false),
    /** Closed with the avslutningsblankett (table avslut). */
    AVSLUTAD(true),
    /** Handed over to the district the client belongs to. */
    LANKAD_TILL_STADSDEL(true),
    /** Under 20: referred to the social services responsible for young people. */
    HANVISAD(true);

    private final boolean avslutad;

    ArendeStatus(boolean avslutad) {
        this.avslutad = avslutad;
    }

    public boolean isAvslutad() {
        return avslutad;
    }

    public static List<ArendeStatus> oppna() {
        return Arrays.stream(values()).filter(s -> !s.avslutad).toList();
    }
}
