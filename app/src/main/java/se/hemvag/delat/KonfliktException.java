package se.hemvag.delat;

/** The request contradicts the state of a case (HTTP 409). */
public class KonfliktException extends RuntimeException {

    private final String arendenummer;

    public KonfliktException(String message) {
        this(message, null);
    }

    /** A conflict with a case of its own, e.g. the open case a new application runs into. */
    public KonfliktException(String message, String arendenummer) {
        super(message);
        this.arendenummer = arendenummer;
    }

    /** The case the request ran into, when there is one: the answer names it and the access log records it. */
    public String arendenummer() {
        return arendenummer;
    }
}
