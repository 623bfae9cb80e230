package se.hemvag.delat;

/** A request to the case API with a missing or wrong value (HTTP 400); nothing was changed. */
public class OgiltigBegaranException extends RuntimeException {

    public OgiltigBegaranException(String message) {
        super(message);
    }
}
