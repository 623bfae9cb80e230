package se.hemvag.stickprov;

/** The investigations a spot check draws from. */
public enum Utredningstyp {
    /** Hemlöshetsmottagningen's belonging investigation, by the day it was completed. */
    TILLHORIGHETSUTREDNING("Tillhörighetsutredning"),
    /** The responsible section's investigation, ended by the decision on interventions (granted or denied). */
    UTREDNING("Utredning och beslut om insatser");

    private final String etikett;

    Utredningstyp(String etikett) {
        this.etikett = etikett;
    }

    public String etikett() {
        return etikett;
    }
}
