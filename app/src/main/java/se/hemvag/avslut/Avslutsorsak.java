package se.hemvag.avslut;

/** Why a case was closed, as the avslutningsblankett records it. */
public enum Avslutsorsak {
    MALEN_UPPNADDA,
    KLIENTEN_AVBOJER_STOD,
    AVSLAG,
    /** The client has not been heard from; needs documented contact attempts (Decision_AvslutUtanKontakt). */
    KONTAKT_UPPHORT,
    /** Moved to another municipality or district: the case is handed over (table flyttoverlamning). */
    FLYTT,
    AVLIDEN,
    ANNAN
}
