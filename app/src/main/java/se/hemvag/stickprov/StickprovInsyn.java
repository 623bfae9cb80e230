package se.hemvag.stickprov;

import org.springframework.stereotype.Component;
import se.hemvag.arende.Granskningsinsyn;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sektion.Grupper;

/**
 * The utredningssekreterare may read a drawn case, its investigation and the client's history in it,
 * while its review is open, and no longer: the narrowest reading that lets the review be done.
 */
@Component
class StickprovInsyn implements Granskningsinsyn {

    private final GranskningRepository granskningar;
    private final InloggadAnvandare inloggad;

    StickprovInsyn(GranskningRepository granskningar, InloggadAnvandare inloggad) {
        this.granskningar = granskningar;
        this.inloggad = inloggad;
    }

    @Override
    public boolean granskar(Long arendeId) {
        return inloggad.tillhorNagon(Grupper.UTREDNINGSSEKRETERARE) && granskningar.existsByArendeIdAndGranskadIsNull(arendeId);
    }
}
