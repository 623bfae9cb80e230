package se.hemvag.klient;

/** Legal gender as the unit reports it: every indicator is split women/men. */
public enum Kon {
    KVINNA,
    MAN
}
