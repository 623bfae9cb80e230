package se.hemvag.klient;

public enum Identitetstyp {
    PERSONNUMMER,
    SAMORDNINGSNUMMER,
    /** Issued by Hemväg when the person has neither personnummer nor samordningsnummer. */
    RESERVNUMMER
}
