package se.hemvag.forsokslagenhet;

/** The outcome of a takeover review (Decision_Kontraktsovertagande). */
public enum Granskningsresultat {
    GODKANT,
    AVVIKELSE
}
