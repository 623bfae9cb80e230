package se.hemvag.avslut;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.Arenden;
import se.hemvag.arende.Beslut;
import se.hemvag.delat.KonfliktException;
import se.hemvag.delat.OgiltigBegaranException;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.security.InloggadAnvandare;

/**
 * Closing a case, in one place: the closure is asked for under the contact rule, and registered with
 * the avslutningsblankett; then one {@link ArendeAvslutat} event tells every module that reacts
 * (SIP and trial apartment stop, the reporting row is written), in the same transaction.
 */
@Service
public class Avslutningar {

    private final Arenden arenden;
    private final AvslutRepository avslut;
    private final KontaktforsokRepository kontaktforsok;
    private final AvslutUtanKontakt avslutUtanKontakt;
    private final Kontaktbevakning kontaktbevakning;
    private final InloggadAnvandare inloggad;
    private final ApplicationEventPublisher handelser;
    private final Clock clock;
    private final RuntimeService runtimeService;

    Avslutningar(Arenden arenden, AvslutRepository avslut, KontaktforsokRepository kontaktforsok,
                 AvslutUtanKontakt avslutUtanKontakt, Kontaktbevakning kontaktbevakning, InloggadAnvandare inloggad,
                 ApplicationEventPublisher handelser, Clock clock, RuntimeService runtimeService) {
        this.kontaktforsok = kontaktforsok;
        this.runtimeService = runtimeService;
        this.arenden = arenden;
        this.avslut = avslut;
        this.avslutUtanKontakt = avslutUtanKontakt;
        this.kontaktbevakning = kontaktbevakning;
        this.inloggad = inloggad;
        this.handelser = handelser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Avslut> avslut(Long arendeId) {
        return avslut.findByArendeId(arendeId);
    }

    /** The contact attempts documented in the case, in every round, oldest first. */
    @Transactional(readOnly = true)
    public List<Kontaktforsok> kontaktforsok(Long arendeId) {
        return kontaktforsok.findByArendeIdOrderByTidpunkt(arendeId);
    }

    /**
     * Whether the case may start closing for this reason now: refused (409) while the contact rule
     * does not allow it, so a closure that could not be registered never interrupts the case.
     */
    @Transactional(readOnly = true)
    public void provaBegaran(Arende arende, Avslutsorsak orsak) {
        if (arende.getStatus().isAvslutad()) {
            throw new KonfliktException("Ärende " + arende.getArendenummer() + " är redan avslutat.");
        }
        avslagBaraVidAvslag(arende, orsak, OgiltigBegaranException::new);
        avslutUtanKontakt.hinder(arende, orsak, kontaktbevakning.behoverKontaktforsok(arende.getId()))
                .ifPresent(hinder -> {
                    throw new KonfliktException(hinder);
                });
    }

    /**
     * Asks for the closure of the case: tried as above, then everything under way in the case stops
     * and the avslutningsblankett opens with the reason (and the housing at exit, when known) filled in.
     */
    @Transactional
    public void begar(Arende arende, Avslutsorsak orsak, BoendeVidAvslut kandBoende) {
        arenden.lasForAndring(arende);
        provaBegaran(arende, orsak);
        MessageCorrelationBuilder begaran = runtimeService.createMessageCorrelation(ArendeProcessen.MESSAGE_AVSLUT_BEGART)
                .processInstanceBusinessKey(arende.getArendenummer())
                .setVariable(ArendeProcessen.AVSLUTSORSAK, orsak.name());
        if (kandBoende != null) {
            begaran.setVariable(ArendeProcessen.BOENDE_VID_AVSLUT, kandBoende.name());
        }
        inloggad.somSystem(begaran::correlateWithResult);
    }

    /**
     * Registers the avslutningsblankett and closes the case. {@code inteHordAv}: whether the client
     * had not been heard from for the watch period when the closure began (judged then, so a
     * closure form that waits does not change what it may say).
     */
    @Transactional
    public Avslut avsluta(Arende arende, Avslutsblankett blankett, boolean inteHordAv) {
        LocalDate idag = LocalDate.now(clock);
        if (blankett.avslutsdatum().isAfter(idag)) {
            throw new OgiltigtFormularException("Avslutsdatumet " + blankett.avslutsdatum() + " ligger i framtiden.");
        }
        if (blankett.avslutsdatum().isBefore(arende.getAnsokningsdatum())) {
            throw new OgiltigtFormularException("Avslutsdatumet " + blankett.avslutsdatum() + " ligger före ansökningsdatumet "
                    + arende.getAnsokningsdatum() + ".");
        }
        avslagBaraVidAvslag(arende, blankett.orsak(), OgiltigtFormularException::new);
        avslutUtanKontakt.hinder(arende, blankett.orsak(), inteHordAv).ifPresent(hinder -> {
            throw new OgiltigtFormularException(hinder);
        });
        arenden.avsluta(arende.getId(), blankett.avslutsdatum());
        Avslut sparat = avslut.save(new Avslut(arende.getId(), blankett.orsak(), blankett.boende(),
                blankett.egenForsorjning(), blankett.avslutsdatum(), blankett.anteckning(), inloggad.id()));
        handelser.publishEvent(new ArendeAvslutat(arende.getId(), arende.getArendenummer(), blankett.avslutsdatum(),
                blankett.orsak(), blankett.boende(), blankett.egenForsorjning()));
        return sparat;
    }

    /** "Avslag" is the reason only where the application was denied: never a way around the contact rule. */
    private static void avslagBaraVidAvslag(Arende arende, Avslutsorsak orsak,
                                            java.util.function.Function<String, RuntimeException> fel) {
        if (orsak == Avslutsorsak.AVSLAG && arende.getBeslut() != Beslut.AVSLAG) {
            throw fel.apply("Orsaken Avslag gäller bara ett ärende där ansökan har avslagits. Välj den orsak som gäller.");
        }
    }

    /** What the avslutningsblankett says. */
    public record Avslutsblankett(Avslutsorsak orsak, BoendeVidAvslut boende, EgenForsorjning egenForsorjning,
                                  LocalDate avslutsdatum, String anteckning) {
    }
}
