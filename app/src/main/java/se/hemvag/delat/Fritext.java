package se.hemvag.delat;

/**
 * A free-text column about a client, and which of its rows are the client's: what culling (gallring)
 * empties when a client's data has outlived its retention. {@code rader} has one parameter, the
 * client's id. Each module declares its own columns ({@link Fritextkolumner}).
 */
public record Fritext(String tabell, String kolumn, String rader) {

    /** The cases of the client being culled. */
    private static final String KLIENTENS_ARENDEN = "(select id from arende where klient_id = ?)";

    /** A column of the case row itself. */
    public static Fritext iArendet(String kolumn) {
        return new Fritext("arende", kolumn, "id in " + KLIENTENS_ARENDEN);
    }

    /** A column of a table whose rows belong to a case (arende_id). */
    public static Fritext perArende(String tabell, String kolumn) {
        return new Fritext(tabell, kolumn, "arende_id in " + KLIENTENS_ARENDEN);
    }

    /** A column of a table whose rows belong to a row of a case's table ({@code via}: its column, e.g. sip_id). */
    public static Fritext via(String tabell, String kolumn, String via, String arendetsTabell) {
        return new Fritext(tabell, kolumn, via + " in (select id from " + arendetsTabell + " where arende_id in "
                + KLIENTENS_ARENDEN + ")");
    }
}
