package se.hemvag.arende;

/** The decision on the application after the investigation. */
public enum Beslut {
    BEVILJAT,
    AVSLAG
}
