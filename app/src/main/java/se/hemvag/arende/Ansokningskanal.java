package se.hemvag.arende;

/** How the application reached the unit. */
public enum Ansokningskanal {
    NYBESOK,
    RECEPTION,
    TELEFON,
    FALT,
    UPPSOKARENHETEN,
    SAMARBETSPARTNER
}
