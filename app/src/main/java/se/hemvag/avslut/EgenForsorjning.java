package se.hemvag.avslut;

/** Whether a client on economic assistance was self-supporting at closure. */
public enum EgenForsorjning {
    JA,
    NEJ,
    /** The client did not have economic assistance. */
    EJ_AKTUELLT
}
