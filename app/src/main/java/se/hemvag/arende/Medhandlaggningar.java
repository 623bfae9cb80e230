package se.hemvag.arende;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.delat.KonfliktException;
import se.hemvag.delat.OgiltigBegaranException;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sektion.Sektion;

/** Medhandläggning: the responsible section brings in another section for a need of its own. */
@Service
public class Medhandlaggningar {

    private static final int MAX_BEHOV = 2000;

    private final MedhandlaggningRepository repository;
    private final Arenden arenden;
    private final InloggadAnvandare inloggad;
    private final RuntimeService runtimeService;
    private final Clock clock;

    Medhandlaggningar(MedhandlaggningRepository repository, Arenden arenden, InloggadAnvandare inloggad,
                      RuntimeService runtimeService, Clock clock) {
        this.repository = repository;
        this.arenden = arenden;
        this.inloggad = inloggad;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Medhandlaggning> iArendet(Long arendeId) {
        return repository.findByArendeId(arendeId);
    }

    /** Brings {@code sektionId} into the case; the section gets its task in ArendeProcess. */
    @Transactional
    public Medhandlaggning begar(String arendenummer, String sektionId, String behov) {
        Arende arende = arenden.hamtaForAnsvarigSektion(arendenummer, "koppla in en annan sektion");
        Sektion sektion = sektionId == null ? null : Sektion.medGruppId(sektionId).orElse(null);
        if (sektion == null || sektion == Sektion.ADMINISTRATIONEN || sektion.gruppId().equals(arende.getAnsvarigSektion())) {
            throw new OgiltigBegaranException("Ange en annan handläggande sektion: forsorjning, vuxen, vard-och-omsorg eller mottagningen.");
        }
        if (behov == null || behov.isBlank() || behov.length() > MAX_BEHOV) {
            throw new OgiltigBegaranException("Beskriv behovet som sektionen ska utreda (högst " + MAX_BEHOV + " tecken).");
        }
        if (arende.getStatus() != ArendeStatus.PAGAENDE) {
            throw new KonfliktException("En annan sektion kan kopplas in när insatser har beviljats; ärendet har status "
                    + arende.getStatus() + ".");
        }
        if (repository.existsByArendeIdAndSektion(arende.getId(), sektion.gruppId())) {
            throw new KonfliktException(sektion.namn() + " är redan inkopplad i ärende " + arendenummer + ".");
        }
        Medhandlaggning medhandlaggning;
        try {
            medhandlaggning = repository.saveAndFlush(new Medhandlaggning(arende.getId(), sektion.gruppId(), behov.strip(),
                    LocalDate.now(clock), inloggad.id()));
        } catch (DataIntegrityViolationException samtidigt) {
            throw new KonfliktException(sektion.namn() + " är redan inkopplad i ärende " + arendenummer
                    + " (av någon annan, samtidigt).");
        }
        inloggad.somSystem(() -> runtimeService.createMessageCorrelation(ArendeProcessen.MESSAGE_MEDHANDLAGGNING_BEGARD)
                .processInstanceBusinessKey(arendenummer)
                .setVariableLocal("medhandlaggningId", medhandlaggning.getId())
                .setVariableLocal("medhandlaggandeSektion", sektion.gruppId())
                .setVariableLocal(ArendeProcessen.Falt.MEDHANDLAGGNING_BEHOV.nyckel(), medhandlaggning.getBehov())
                .correlateWithResult());
        return medhandlaggning;
    }
}
