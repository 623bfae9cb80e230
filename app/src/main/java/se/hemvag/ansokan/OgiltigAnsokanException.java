package se.hemvag.ansokan;

import java.util.List;

/** One or more fields of an application are missing or wrong; nothing was saved. */
public class OgiltigAnsokanException extends RuntimeException {

    private final List<String> fel;

    public OgiltigAnsokanException(List<String> fel) {
        super(String.join(" ", fel));
        this.fel = List.copyOf(fel);
    }

    public List<String> fel() {
        return fel;
    }
}
