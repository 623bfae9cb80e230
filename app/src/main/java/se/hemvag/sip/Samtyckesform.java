package se.hemvag.sip;

/** How the client gave consent. */
public enum Samtyckesform {
    MUNTLIGT,
    SKRIFTLIGT
}
