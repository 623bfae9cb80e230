package se.hemvag.tillhorighet;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** What tests of other modules read from the residence investigations, whose repository is the module's own. */
@Component
public class TillhorighetTabeller {

    private final TillhorighetsutredningRepository utredningar;

    TillhorighetTabeller(TillhorighetsutredningRepository utredningar) {
        this.utredningar = utredningar;
    }

    public Optional<Tillhorighetsutredning> senaste(Long arendeId) {
        return utredningar.findFirstByArendeIdOrderByIdDesc(arendeId);
    }
}
