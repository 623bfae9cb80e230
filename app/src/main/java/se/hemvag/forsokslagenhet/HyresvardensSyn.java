package se.hemvag.forsokslagenhet;

/** The landlord's view at the takeover review. */
public enum HyresvardensSyn {
    POSITIV,
    NEGATIV,
    INGEN_UPPFATTNING
}
