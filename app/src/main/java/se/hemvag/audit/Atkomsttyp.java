package se.hemvag.audit;

/** Whether client data was read or changed. */
public enum Atkomsttyp {
    LASNING,
    ANDRING
}
