package se.hemvag.avslut;

/** How the caseworker tried to reach the client. */
public enum Kontaktkanal {
    TELEFON,
    VIA_BOENDET,
    VIA_KRIMINALVARDEN,
    BREV,
    HEMBESOK,
    ANNAN
}
