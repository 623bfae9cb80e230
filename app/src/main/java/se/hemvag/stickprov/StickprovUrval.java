package se.hemvag.stickprov;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one thing StickprovProcess asks of the spot checks: a draw's sampled investigations, one review
 * each (the reviews' multi-instance collection). A bean of its own, because whatever a model can
 * reach a process owner's deployment can, and the rest of the spot-check service is not for models.
 */
@Component("stickprovUrval")
class StickprovUrval {

    private final GranskningRepository granskningar;

    StickprovUrval(GranskningRepository granskningar) {
        this.granskningar = granskningar;
    }

    @Transactional(readOnly = true)
    public List<Long> urvalet(Long dragningId) {
        return granskningar.findByDragningIdOrderById(dragningId).stream().map(Granskning::getId).toList();
    }
}
