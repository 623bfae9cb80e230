package se.hemvag.arende;

/** The request contradicts the state of a case (HTTP 409). */
public class ArendeKonfliktException extends RuntimeException {

    private final String arendenummer;

    public ArendeKonfliktException(String message) {
        this(message, null);
    }

    /** A conflict with a case of its own, e.g. the open case a new application runs into. */
    public ArendeKonfliktException(String message, String arendenummer) {
        super(message);
        this.arendenummer = arendenummer;
    }

    /** The case the request ran into, when there is one: the answer names it and the access log records it. */
    public String arendenummer() {
        return arendenummer;
    }
}
