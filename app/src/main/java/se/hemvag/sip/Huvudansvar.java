package se.hemvag.sip;

/** Which principal holds overall responsibility for the SIP (huvudansvar). */
public enum Huvudansvar {
    KOMMUNEN,
    REGIONEN
}
