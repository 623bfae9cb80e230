package se.hemvag.tillhorighet;

/** How a case was handed over to the responsible social services. */
public enum Overlamningssatt {
    GEMENSAMT_MOTE,
    TELEFON,
    SKRIFTLIG_OVERLAMNING,
    KLIENTEN_HANVISAD
}
