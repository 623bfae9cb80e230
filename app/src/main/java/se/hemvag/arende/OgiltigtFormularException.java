package se.hemvag.arende;

/** A submitted form holds a value the step cannot accept; the engine rolls the step back. */
public class OgiltigtFormularException extends RuntimeException {

    public OgiltigtFormularException(String message) {
        super(message);
    }
}
