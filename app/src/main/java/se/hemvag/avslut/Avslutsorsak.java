package se.hemvag.avslut;

/** Why a case was closed, as the avslutningsblankett records it. */
public enum Avslutsorsak {
    MALEN_UPPNADDA("Målen uppnådda"),
    KLIENTEN_AVBOJER_STOD("Klienten avböjer stöd"),
    AVSLAG("Avslag"),
    /** The client has not been heard from; needs documented contact attempts (Decision_AvslutUtanKontakt). */
    KONTAKT_UPPHORT("Kontakten upphörde"),
    /** Moved to another municipality or district: the case is handed over (table flyttoverlamning). */
    FLYTT("Flyttade"),
    AVLIDEN("Avliden"),
    ANNAN("Annan orsak");

    private final String etikett;

    Avslutsorsak(String etikett) {
        this.etikett = etikett;
    }

    /** The reason's short Swedish name in the unit's figures. */
    public String etikett() {
        return etikett;
    }
}
