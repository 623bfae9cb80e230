package se.hemvag.arende;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.delat.EjBehorigException;
import se.hemvag.delat.KonfliktException;
import se.hemvag.delat.OgiltigBegaranException;
import se.hemvag.security.InloggadAnvandare;

/** The interventions of a case after they were decided: ended, changed, and ended by a move. */
@Service
public class Insatser {

    /** Housing placements, which end when the client moves into a home of their own. */
    private static final Set<Insatstyp> BOENDEPLACERINGAR = EnumSet.of(Insatstyp.AKUTBOENDE, Insatstyp.STODBOENDE);

    private final InsatsRepository repository;
    private final Arenden arenden;
    private final InloggadAnvandare inloggad;
    private final Clock clock;

    Insatser(InsatsRepository repository, Arenden arenden, InloggadAnvandare inloggad, Clock clock) {
        this.repository = repository;
        this.arenden = arenden;
        this.inloggad = inloggad;
        this.clock = clock;
    }

    /** Ends or changes an intervention: the section it is charged to does, while the case is open. */
    @Transactional
    public Insats andra(String arendenummer, Long insatsId, Insatsandring andring) {
        Arende arende = arenden.hamta(arendenummer);
        // one answer for "no such intervention" and "another section's": nothing to learn about other sections' cases
        Insats insats = repository.findById(insatsId)
                .filter(i -> i.getArendeId().equals(arende.getId()) && inloggad.tillhorNagon(i.getSektion()))
                .orElseThrow(() -> new EjBehorigException("Ärende " + arendenummer + " har ingen insats med id " + insatsId
                        + " som din sektion har beslutat. Bara den sektionen kan ändra eller avsluta insatsen."));
        if (arende.getStatus().isAvslutad()) {
            throw new KonfliktException("Ärende " + arendenummer + " är avslutat; dess insatser ändras inte längre.");
        }
        if (andring == null || andring.tom()) {
            throw new OgiltigBegaranException("Ange vad som ändras: slutdatum, utförare eller kostnad per dygn.");
        }
        insats.andra(andring.slutdatum(), andring.slutdatumAngivet(), andring.utforare(), andring.kostnadPerDygn(),
                inloggad.id(), clock.instant());
        return insats;
    }

    @Transactional(readOnly = true)
    public List<Insats> iArendet(Long arendeId) {
        return repository.findByArendeIdOrderByStartdatum(arendeId);
    }

    /** A new intervention decided on the case (a trial apartment, its housing support). */
    @Transactional
    public Insats registrera(Insats insats) {
        return repository.save(insats);
    }

    /** Whether the case has an intervention of this kind under way that day. */
    @Transactional(readOnly = true)
    public boolean harPagaende(Long arendeId, Insatstyp typ, LocalDate dag) {
        return repository.harPagaendeInsats(arendeId, typ, dag);
    }

    /** The interventions of these kinds under way in the case end that day. */
    @Transactional
    public void avsluta(Long arendeId, Set<Insatstyp> typer, LocalDate datum) {
        repository.findByArendeIdOrderByStartdatum(arendeId).stream()
                .filter(i -> typer.contains(i.getTyp()))
                .forEach(i -> i.avsluta(datum));
    }

    /** The client moved into a home of their own (a trial apartment): the housing placements under way end that day. */
    @Transactional
    public void flyttatTillEgetBoende(Long arendeId, LocalDate inflyttning) {
        repository.findByArendeIdOrderByStartdatum(arendeId).stream()
                .filter(i -> BOENDEPLACERINGAR.contains(i.getTyp()))
                .filter(i -> i.getSlutdatum() == null || i.getSlutdatum().isAfter(inflyttning))
                .forEach(i -> i.avsluta(inflyttning));
    }

    /**
     * A change to an intervention. {@code slutdatumAngivet}: the end date is part of the change
     * (null then means "goes on"); otherwise it stays as it was.
     */
    public record Insatsandring(LocalDate slutdatum, boolean slutdatumAngivet, String utforare, Integer kostnadPerDygn) {

        boolean tom() {
            return !slutdatumAngivet && utforare == null && kostnadPerDygn == null;
        }
    }
}
