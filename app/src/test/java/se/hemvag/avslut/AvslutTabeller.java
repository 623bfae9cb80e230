package se.hemvag.avslut;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What tests of other modules read from (or set up in) the closure tables, whose repositories are the module's own. */
@Component
public class AvslutTabeller {

    private final AvslutRepository avslut;
    private final KontaktforsokRepository kontaktforsok;
    private final KontaktrundaRepository rundor;
    private final FlyttoverlamningRepository flyttoverlamningar;

    AvslutTabeller(AvslutRepository avslut, KontaktforsokRepository kontaktforsok, KontaktrundaRepository rundor,
                   FlyttoverlamningRepository flyttoverlamningar) {
        this.avslut = avslut;
        this.kontaktforsok = kontaktforsok;
        this.rundor = rundor;
        this.flyttoverlamningar = flyttoverlamningar;
    }

    public Optional<Avslut> avslut(Long arendeId) {
        return avslut.findByArendeId(arendeId);
    }

    public List<Kontaktforsok> kontaktforsok(Long arendeId) {
        return kontaktforsok.findByArendeIdOrderByTidpunkt(arendeId);
    }

    public Optional<Flyttoverlamning> flyttoverlamning(Long arendeId) {
        return flyttoverlamningar.findByArendeId(arendeId);
    }

    /** The round the app opens before the first contact attempt, for a test that starts a task directly. */
    public Long paborjadKontaktrunda(Long arendeId, Instant paborjad) {
        return rundor.save(new Kontaktrunda(arendeId, paborjad)).getId();
    }
}
