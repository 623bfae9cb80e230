package se.hemvag.forsokslagenhet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.avslut.ArendeAvslutat;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.arende.ArendeStatus;
import se.hemvag.arende.Insatser;
import se.hemvag.arende.Insatstyp;
import se.hemvag.delat.OgiltigtFormularException;

/**
 * Trial apartments of the cases. ForsokslagenhetProcess reads the review timer here by bean name:
 * {@code ${forsokslagenheter.granskning(forsokslagenhetId)}}.
 */
@Service("forsokslagenheter")
public class Forsokslagenheter {

    private static final List<ForsokslagenhetStatus> PAGAENDE =
            Arrays.stream(ForsokslagenhetStatus.values()).filter(ForsokslagenhetStatus::isPagaende).toList();
    private static final int ARBETSDAGENS_BORJAN = 8;

    private final ForsokslagenhetRepository repository;
    private final Insatser insatser;
    private final Clock clock;
    private final Period granskningEfterInflyttning;
    private final RuntimeService runtimeService;
    private final InloggadAnvandare inloggad;

    Forsokslagenheter(ForsokslagenhetRepository repository, Insatser insatser, Clock clock,
                      @Value("${hemvag.forsokslagenhet.granskning-efter-inflyttning:P18M}") Period granskningEfterInflyttning,
                      RuntimeService runtimeService, InloggadAnvandare inloggad) {
        this.runtimeService = runtimeService;
        this.inloggad = inloggad;
        this.repository = repository;
        this.insatser = insatser;
        this.clock = clock;
        this.granskningEfterInflyttning = granskningEfterInflyttning;
    }

    /** The case closed: a trial apartment under way in it ends (ForsokslagenhetProcess's "Ärendet avslutat"). */
    @EventListener
    void arendetAvslutat(ArendeAvslutat avslutat) {
        inloggad.somSystem(() -> {
            ArendeProcessen.meddelaAttArendetAvslutats(runtimeService, ForsokslagenhetProcessen.PROCESS_ID, avslutat.arendenummer());
            return null;
        });
    }

    /** An application for a trial apartment in a case under way; one at a time per case. */
    @Transactional
    public Forsokslagenhet ansok(Arende arende, boolean ekonomiUtredd, String stabilitet, String ansoktAv) {
        if (arende.getStatus() != ArendeStatus.PAGAENDE) {
            throw new OgiltigtFormularException("Ärende " + arende.getArendenummer()
                    + " har inga beviljade insatser (status " + arende.getStatus() + "). Försökslägenhet söks i ett pågående ärende.");
        }
        if (repository.existsByArendeIdAndStatusIn(arende.getId(), PAGAENDE)) {
            throw new OgiltigtFormularException("Ärende " + arende.getArendenummer() + " har redan en försökslägenhet på gång.");
        }
        return repository.save(new Forsokslagenhet(arende.getId(), LocalDate.now(clock), ansoktAv, ekonomiUtredd, stabilitet));
    }

    @Transactional
    public Forsokslagenhet hamta(Long id) {
        return repository.findById(id).orElseThrow(() -> new IllegalStateException("Försökslägenhet " + id + " finns inte."));
    }

    public LocalDate granskningsdatum(LocalDate inflyttning) {
        return inflyttning.plus(granskningEfterInflyttning);
    }

    /** When the takeover review is due: the start of the working day of the review date. */
    public Date granskning(Long forsokslagenhetId) {
        return Date.from(hamta(forsokslagenhetId).getGranskning().atTime(ARBETSDAGENS_BORJAN, 0)
                .atZone(clock.getZone()).toInstant());
    }

    /** The trial apartment ended: so do the apartment and the housing support recorded on the case. */
    @Transactional
    public void avsluta(Forsokslagenhet forsokslagenhet, ForsokslagenhetStatus slutstatus, LocalDate datum) {
        forsokslagenhet.avslutad(slutstatus, datum);
        insatser.avsluta(forsokslagenhet.getArendeId(), EnumSet.of(Insatstyp.FORSOKSLAGENHET, Insatstyp.BOENDESTOD), datum);
    }
}
