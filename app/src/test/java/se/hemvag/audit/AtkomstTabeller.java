package se.hemvag.audit;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** What tests of other modules read from the access log, whose repository is the module's own. */
@Component
public class AtkomstTabeller {

    private final AtkomstRepository atkomster;

    AtkomstTabeller(AtkomstRepository atkomster) {
        this.atkomster = atkomster;
    }

    public List<Atkomst> senasteForArende(String arendenummer, int antal) {
        return atkomster.findByArendenummerOrderByTidpunktDesc(arendenummer, PageRequest.of(0, antal));
    }
}
