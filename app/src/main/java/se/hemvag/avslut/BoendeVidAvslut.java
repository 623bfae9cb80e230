package se.hemvag.avslut;

/** The client's housing when the case closed. */
public enum BoendeVidAvslut {
    INNEBOENDE,
    FORSTAHANDSKONTRAKT,
    FORSTAHANDSKONTRAKT_OVERTAGEN_FORSOKSLAGENHET,
    ANDRAHANDSKONTRAKT,
    GENOMGANGSBOSTAD_SHIS,
    SARSKILT_BOENDE,
    INGEN_STADIGVARANDE_BOSTAD,
    OKANT;

    /**
     * Stable housing (stadigvarande boende) in the unit's goal: a dwelling for at least three
     * months, as a lodger, second-hand or first-hand, including SHIS and special housing.
     */
    public boolean isStadigvarande() {
        return this != INGEN_STADIGVARANDE_BOSTAD && this != OKANT;
    }
}
