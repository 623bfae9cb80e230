package se.hemvag.forsokslagenhet;

/** The help a client got at Hyran först. */
public enum Hyreshjalp {
    BETALA_HYRAN,
    AUTOGIRO_E_FAKTURA,
    KONTAKT_HYRESVARD,
    BUDGET_OCH_SKULDER,
    ANNAT
}
