package se.hemvag.tillhorighet;

/** Outcome of Decision_Tillhorighet: which social services must handle the application. */
public enum Tillhorighet {
    LANKA_TILL_STADSDEL,
    HANVISA_UNDER_20,
    EFH
}
