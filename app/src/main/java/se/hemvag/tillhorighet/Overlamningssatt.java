package se.hemvag.tillhorighet;

/** How a case was handed over to the responsible social services. */
public enum Overlamningssatt {
    GEMENSAMT_MOTE("gemensamt möte med mottagande socialtjänst"),
    TELEFON("telefon"),
    SKRIFTLIG_OVERLAMNING("skriftlig överlämning"),
    KLIENTEN_HANVISAD("klienten hänvisad att själv ta kontakt");

    private final String beskrivning;

    Overlamningssatt(String beskrivning) {
        this.beskrivning = beskrivning;
    }

    /** In words, for the client's history. */
    public static String beskrivning(Overlamningssatt satt) {
        return satt == null ? "sätt inte angivet" : satt.beskrivning;
    }
}
