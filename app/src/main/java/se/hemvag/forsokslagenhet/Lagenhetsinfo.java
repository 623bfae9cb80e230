package se.hemvag.forsokslagenhet;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Arenden;
import se.hemvag.security.InloggadAnvandare;

/**
 * Calls approved clients to Lägenhetsinfo sessions and registers who came. A client is placed in
 * the next session with room, or waits for the next one planned. LagenhetsinfoProcess reads its
 * timer and participants here by bean name ({@code ${lagenhetsinfo.stangDeltagarlistan(tillfalleId)}}).
 */
@Service("lagenhetsinfo")
public class Lagenhetsinfo {

    private final LagenhetsinfoTillfalleRepository tillfallen;
    private final LagenhetsinfoKallelseRepository kallelser;
    private final Forsokslagenheter forsokslagenheter;
    private final Arenden arenden;
    private final RuntimeService runtimeService;
    private final InloggadAnvandare inloggad;
    private final Clock clock;

    Lagenhetsinfo(LagenhetsinfoTillfalleRepository tillfallen, LagenhetsinfoKallelseRepository kallelser,
                  Forsokslagenheter forsokslagenheter, Arenden arenden, RuntimeService runtimeService,
                  InloggadAnvandare inloggad, Clock clock) {
        this.tillfallen = tillfallen;
        this.kallelser = kallelser;
        this.forsokslagenheter = forsokslagenheter;
        this.arenden = arenden;
        this.runtimeService = runtimeService;
        this.inloggad = inloggad;
        this.clock = clock;
    }

    @Transactional
    public LagenhetsinfoKallelse kalla(Long forsokslagenhetId) {
        LagenhetsinfoKallelse kallelse = kallelser.save(new LagenhetsinfoKallelse(forsokslagenhetId, LocalDate.now(clock)));
        tillfallen.findByBorjarAfterOrderByBorjar(clock.instant()).stream()
                .filter(t -> !t.isDeltagarlistaStangd() && kallelser.countByTillfalleId(t.getId()) < t.getKapacitet())
                .findFirst()
                .ifPresent(t -> kallelse.till(t.getId()));
        return kallelse;
    }

    /** A new session takes the waiting clients, first called first, up to its capacity. */
    @Transactional
    public LagenhetsinfoTillfalle planera(Instant borjar, String plats, int kapacitet, String ledare) {
        LagenhetsinfoTillfalle tillfalle = tillfallen.save(
                new LagenhetsinfoTillfalle(borjar, plats, kapacitet, ledare, inloggad.id()));
        kallelser.findByTillfalleIdIsNullOrderById().stream().limit(kapacitet).forEach(k -> k.till(tillfalle.getId()));
        return tillfalle;
    }

    /** The session begins: no one else is called to it, and those called get an attendance task each. */
    @Transactional
    public List<Long> stangDeltagarlistan(Long tillfalleId) {
        tillfallen.findById(tillfalleId).orElseThrow().stangDeltagarlistan();
        return kallelser.findByTillfalleIdOrderById(tillfalleId).stream().map(LagenhetsinfoKallelse::getId).toList();
    }

    public Date borjar(Long tillfalleId) {
        return Date.from(tillfallen.findById(tillfalleId).orElseThrow().getBorjar());
    }

    /**
     * Who came and what they thought. An attendee's case learns it by message and may move in; a
     * client who did not come is called to the next session.
     */
    @Transactional
    public void registreraNarvaro(Long kallelseId, boolean narvarande, Integer betyg, String utvardering, boolean parmUtdelad) {
        LagenhetsinfoKallelse kallelse = kallelser.findById(kallelseId).orElseThrow();
        kallelse.narvaro(narvarande, betyg, utvardering, parmUtdelad, inloggad.id());
        if (narvarande) {
            String arendenummer = arende(kallelse).getArendenummer();
            inloggad.somSystem(() -> runtimeService.createMessageCorrelation(ForsokslagenhetProcessen.MESSAGE_LAGENHETSINFO_GENOMFORD)
                    .processInstanceBusinessKey(arendenummer).correlateAllWithResult());
        } else {
            kalla(kallelse.getForsokslagenhetId());
        }
    }

    public boolean harDeltagit(Long forsokslagenhetId) {
        return kallelser.existsByForsokslagenhetIdAndNarvarandeTrue(forsokslagenhetId);
    }

    /** The case of the client called. */
    public Arende arende(Long kallelseId) {
        return arende(kallelser.findById(kallelseId).orElseThrow());
    }

    private Arende arende(LagenhetsinfoKallelse kallelse) {
        return arenden.hamta(forsokslagenheter.hamta(kallelse.getForsokslagenhetId()).getArendeId());
    }
}
