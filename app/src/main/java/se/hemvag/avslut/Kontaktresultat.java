package se.hemvag.avslut;

/** What came of a contact attempt. */
public enum Kontaktresultat {
    INGET_SVAR,
    MEDDELANDE_LAMNAT,
    KLIENTEN_NADD
}
