package se.hemvag.tillhorighet;

/** Stockholm's 14 stadsdelsförvaltningar; the ids are the values of the forms' select. */
public enum Stadsdel {
    RINKEBY_KISTA("Rinkeby-Kista"),
    SPANGA_TENSTA("Spånga-Tensta"),
    HASSELBY_VALLINGBY("Hässelby-Vällingby"),
    BROMMA("Bromma"),
    KUNGSHOLMEN("Kungsholmen"),
    NORRMALM("Norrmalm"),
    OSTERMALM("Östermalm"),
    SODERMALM("Södermalm"),
    ENSKEDE_ARSTA_VANTOR("Enskede-Årsta-Vantör"),
    SKARPNACK("Skarpnäck"),
    FARSTA("Farsta"),
    ALVSJO("Älvsjö"),
    HAGERSTEN_LILJEHOLMEN("Hägersten-Liljeholmen"),
    SKARHOLMEN("Skärholmen");

    private final String namn;

    Stadsdel(String namn) {
        this.namn = namn;
    }

    public String namn() {
        return namn;
    }
}
