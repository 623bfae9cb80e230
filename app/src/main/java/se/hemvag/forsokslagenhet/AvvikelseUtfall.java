package se.hemvag.forsokslagenhet;

/** What the deviation meeting decided. */
public enum AvvikelseUtfall {
    FORLANGD_PROVTID,
    UPPSAGNING
}
