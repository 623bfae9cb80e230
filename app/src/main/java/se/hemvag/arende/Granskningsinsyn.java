package se.hemvag.arende;

/**
 * A reason from another module for a user outside the case's sections to read a case for a while:
 * the utredningssekreterare reviewing a case drawn for a spot check (stickprov), until the review is
 * done. The module that holds the reason implements this; {@link Arenden#arbetarMedArendet} asks it.
 */
public interface Granskningsinsyn {

    /** Whether the logged-in user may read the case now for a review under way. */
    boolean granskar(Arende arende);
}
