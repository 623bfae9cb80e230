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
    OKANT
}
