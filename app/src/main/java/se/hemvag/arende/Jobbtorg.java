package se.hemvag.arende;

/**
 * Whether the client is active at jobbtorg, the city's labour-market service, as the caseworker
 * finds at a follow-up. The unit's goal is that at least a quarter of its clients are.
 */
public enum Jobbtorg {
    AKTUELL,
    INTE_AKTUELL
}
