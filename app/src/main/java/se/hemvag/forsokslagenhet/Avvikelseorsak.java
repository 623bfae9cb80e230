package se.hemvag.forsokslagenhet;

/** The main cause of a failed takeover, as the deviation meeting found it. */
public enum Avvikelseorsak {
    HYRESSKULD,
    STORNINGAR,
    SKADOR_ROKNING,
    ANNAT
}
