package se.hemvag.arende;

import java.util.List;
import org.springframework.stereotype.Component;

/** What tests of other modules read from the case tables, whose repositories are the module's own. */
@Component
public class ArendeTabeller {

    private final ArendeRepository arenden;
    private final InsatsRepository insatser;

    ArendeTabeller(ArendeRepository arenden, InsatsRepository insatser) {
        this.arenden = arenden;
        this.insatser = insatser;
    }

    public long antalArenden() {
        return arenden.count();
    }

    public List<Insats> insatser(Long arendeId) {
        return insatser.findByArendeIdOrderByStartdatum(arendeId);
    }
}
