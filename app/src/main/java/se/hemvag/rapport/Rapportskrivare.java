package se.hemvag.rapport;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Ateraktualiserat;
import se.hemvag.arende.Arenden;
import se.hemvag.avslut.ArendeAvslutat;
import se.hemvag.avslut.Avslut;

/**
 * Writes a closed case's reporting row in the same transaction as the closure. At start it also
 * writes the rows of cases closed before the reporting table existed.
 */
@Component
class Rapportskrivare {

    private static final Logger log = LoggerFactory.getLogger(Rapportskrivare.class);

    private final AvslutRapportradRepository rader;
    private final Arenden arenden;

    Rapportskrivare(AvslutRapportradRepository rader, Arenden arenden) {
        this.rader = rader;
        this.arenden = arenden;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void fyllPaSaknade() {
        List<Avslut> saknade = rader.avslutUtanRapportrad();
        for (Avslut avslut : saknade) {
            arendeAvslutat(new ArendeAvslutat(avslut.getArendeId(), arenden.hamta(avslut.getArendeId()).getArendenummer(),
                    avslut.getAvslutsdatum(), avslut.getOrsak(),
                    avslut.getBoendeVidAvslut(), avslut.getEgenForsorjning()));
        }
        if (!saknade.isEmpty()) {
            log.info("Rapporttabellen: {} tidigare avslutade ärenden lades till.", saknade.size());
        }
    }

    @EventListener
    void arendeAvslutat(ArendeAvslutat avslutat) {
        Arende arende = arenden.hamta(avslutat.arendeId());
        rader.save(new AvslutRapportrad(arende.getId(), arende.getKlient().getId(), arende.getAnsokningsdatum(), avslutat.avslutsdatum(),
                arende.getKon().name(), arende.getAnsvarigSektion(), avslutat.orsak().name(),
                avslutat.boende().name(), avslutat.boende().isStadigvarande(), avslutat.egenForsorjning().name(),
                (int) ChronoUnit.DAYS.between(arende.getAnsokningsdatum(), avslutat.avslutsdatum()),
                // a case closed before the table existed may have been followed by a return already
                arenden.harAterkomstEfter(arende.getId())));
    }

    /** The client is back within a year: the earlier closure counts as a return. */
    @EventListener
    void ateraktualiserat(Ateraktualiserat ateraktualiserat) {
        rader.findById(ateraktualiserat.foregaendeArendeId()).ifPresent(AvslutRapportrad::aterkomInomAr);
    }
}
