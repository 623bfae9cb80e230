package se.hemvag.avslut;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Arenden;
import se.hemvag.arende.Insatser;
import se.hemvag.arende.Insatstyp;

/**
 * The contact watch: when a client has not been heard from for {@code hemvag.kontakt.tid-utan-kontakt}
 * (default four weeks; a client on economic assistance gets {@code forlangning-ekonomiskt-bistand}
 * more, default one month), contact attempts begin. ArendeProcess asks this bean by name.
 */
@Component("kontaktbevakning")
public class Kontaktbevakning {

    private final Arenden arenden;
    private final Insatser insatser;
    private final Clock clock;
    private final Period tidUtanKontakt;
    private final Period forlangningEkonomisktBistand;
    private final String tidMellanForsok;

    Kontaktbevakning(Arenden arenden, Insatser insatser, Clock clock,
                     @Value("${hemvag.kontakt.tid-utan-kontakt:P4W}") String tidUtanKontakt,
                     @Value("${hemvag.kontakt.forlangning-ekonomiskt-bistand:P1M}") String forlangning,
                     @Value("${hemvag.kontakt.tid-mellan-forsok:P3D}") String tidMellanForsok) {
        this.arenden = arenden;
        this.insatser = insatser;
        this.clock = clock;
        this.tidUtanKontakt = period("hemvag.kontakt.tid-utan-kontakt", tidUtanKontakt);
        this.forlangningEkonomisktBistand = period("hemvag.kontakt.forlangning-ekonomiskt-bistand", forlangning);
        this.tidMellanForsok = period("hemvag.kontakt.tid-mellan-forsok", tidMellanForsok).toString();
    }

    /** The day contact attempts are due if the client is not heard from before then. */
    @Transactional(readOnly = true)
    public Date nastaKontroll(Long arendeId) {
        Arende arende = arenden.hamta(arendeId);
        LocalDate idag = LocalDate.now(clock);
        LocalDate raknasFran = arende.getSenastKontakt();
        if (arende.getFrigivningsdatum() != null && arende.getFrigivningsdatum().isAfter(raknasFran)) {
            // in prison the client is not missing: the watch counts from release
            raknasFran = arende.getFrigivningsdatum();
        }
        LocalDate dag = raknasFran.plus(tidUtanKontakt);
        if (insatser.harPagaende(arendeId, Insatstyp.EKONOMISKT_BISTAND, idag)) {
            dag = dag.plus(forlangningEkonomisktBistand);
        }
        return Date.from(dag.atStartOfDay(clock.getZone()).toInstant());
    }

    @Transactional(readOnly = true)
    public boolean behoverKontaktforsok(Long arendeId) {
        return !clock.instant().isBefore(nastaKontroll(arendeId).toInstant());
    }

    /** ISO 8601 period between two contact attempts (the timer in KontaktforsokProcess). */
    public String getTidMellanForsok() {
        return tidMellanForsok;
    }

    private static Period period(String namn, String varde) {
        try {
            return Period.parse(varde);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(namn + " ska vara en ISO 8601-period som P4W, inte '" + varde + "'.", e);
        }
    }
}
