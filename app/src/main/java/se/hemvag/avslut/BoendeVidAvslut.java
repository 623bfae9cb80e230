package se.hemvag.avslut;

/** The client's housing when the case closed. */
public enum BoendeVidAvslut {
    INNEBOENDE("Inneboende"),
    FORSTAHANDSKONTRAKT("Förstahandskontrakt"),
    FORSTAHANDSKONTRAKT_OVERTAGEN_FORSOKSLAGENHET("Förstahandskontrakt (övertagen försökslägenhet)"),
    ANDRAHANDSKONTRAKT("Andrahandskontrakt"),
    GENOMGANGSBOSTAD_SHIS("Genomgångsbostad (SHIS)"),
    SARSKILT_BOENDE("Särskilt boende"),
    INGEN_STADIGVARANDE_BOSTAD("Ingen stadigvarande bostad"),
    OKANT("Okänt");

    private final String etikett;

    BoendeVidAvslut(String etikett) {
        this.etikett = etikett;
    }

    /** In words, as the figures and the client's history show it. */
    public String etikett() {
        return etikett;
    }

    /**
     * Stable housing (stadigvarande boende) in the unit's goal: a dwelling for at least three
     * months, as a lodger, second-hand or first-hand, including SHIS and special housing.
     */
    public boolean isStadigvarande() {
        return this != INGEN_STADIGVARANDE_BOSTAD && this != OKANT;
    }
}
