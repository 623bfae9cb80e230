package se.hemvag.arende;

/** The request contradicts the state of a case (HTTP 409). */
public class ArendeKonfliktException extends RuntimeException {

    public ArendeKonfliktException(String message) {
        super(message);
    }
}
