package se.hemvag.forsokslagenhet;

/** Who reported a rent debt. */
public enum Anmalare {
    HYRESVARD,
    BOENDESTOD
}
