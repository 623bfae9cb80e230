package se.hemvag.tillhorighet;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The belonging investigations, for other modules that follow them up (the spot checks of the child perspective). */
@Service
public class Tillhorighetsutredningar {

    private final TillhorighetsutredningRepository utredningar;

    Tillhorighetsutredningar(TillhorighetsutredningRepository utredningar) {
        this.utredningar = utredningar;
    }

    /** The belonging investigations completed fran–till, both days included. */
    @Transactional(readOnly = true)
    public List<Tillhorighetsutredning> utreddaMellan(LocalDate fran, LocalDate till) {
        return utredningar.findByUtreddDatumBetweenOrderById(fran, till);
    }
}
