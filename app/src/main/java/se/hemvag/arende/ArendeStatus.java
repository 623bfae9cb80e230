package se.hemvag.arende;

public enum ArendeStatus {
    TILLHORIGHETSUTREDNING(false),
    /** Belongs to EFH; the responsible section is to start the investigation. */
    UTREDNING_EJ_PABORJAD(false),
    UTREDNING(false),
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
}
