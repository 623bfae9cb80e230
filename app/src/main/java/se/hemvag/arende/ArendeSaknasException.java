package se.hemvag.arende;

public class ArendeSaknasException extends RuntimeException {

    public ArendeSaknasException(String arendenummer) {
        super("Det finns inget ärende med nummer " + arendenummer + ".");
    }
}
