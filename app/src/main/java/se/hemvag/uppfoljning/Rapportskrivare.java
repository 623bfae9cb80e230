package se.hemvag.uppfoljning;

import java.time.temporal.ChronoUnit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Arenden;
import se.hemvag.avslut.ArendeAvslutat;

/** Writes a closed case's reporting row in the same transaction as the closure. */
@Component
class Rapportskrivare {

    private final AvslutRapportradRepository rader;
    private final Arenden arenden;

    Rapportskrivare(AvslutRapportradRepository rader, Arenden arenden) {
        this.rader = rader;
        this.arenden = arenden;
    }

    @EventListener
    void arendeAvslutat(ArendeAvslutat avslutat) {
        Arende arende = arenden.hamta(avslutat.arendeId());
        rader.save(new AvslutRapportrad(arende.getId(), arende.getAnsokningsdatum(), avslutat.avslutsdatum(),
                arende.getKlient().getKon().name(), arende.getAnsvarigSektion(), avslutat.orsak().name(),
                avslutat.boende().name(), avslutat.boende().isStadigvarande(), avslutat.egenForsorjning().name(),
                (int) ChronoUnit.DAYS.between(arende.getAnsokningsdatum(), avslutat.avslutsdatum())));
    }
}
