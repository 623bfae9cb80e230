package se.hemvag.delat;

/** The logged-in user may not do this (HTTP 403). */
public class EjBehorigException extends RuntimeException {

    public EjBehorigException(String message) {
        super(message);
    }
}
