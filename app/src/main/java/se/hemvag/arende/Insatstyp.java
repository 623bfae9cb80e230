package se.hemvag.arende;

/** Kinds of intervention (insats) a section decides on. */
public enum Insatstyp {
    AKUTBOENDE,
    STODBOENDE,
    BEHANDLING,
    EKONOMISKT_BISTAND,
    BOENDESTOD,
    FORSOKSLAGENHET,
    BOSTAD_FORST,
    OVRIGT
}
