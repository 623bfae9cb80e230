package se.hemvag.klient;

/** The identity a caseworker typed cannot be right; the message says why, in Swedish. */
public class OgiltigIdentitetException extends RuntimeException {

    public OgiltigIdentitetException(String message) {
        super(message);
    }
}
