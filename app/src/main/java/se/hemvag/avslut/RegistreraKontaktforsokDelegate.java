package se.hemvag.avslut;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.Arenden;
import se.hemvag.avslut.KontaktforsokProcessen.Falt;
import se.hemvag.avslut.KontaktforsokProcessen.NastaSteg;
import se.hemvag.avslut.KontaktforsokProcessen.Utfall;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.security.InloggadAnvandare;

/**
 * Documents a contact attempt of the round under way. A client reached means the case goes on; a
 * caseworker who wants to close instead is refused until Decision_AvslutUtanKontakt allows it.
 */
@Component("registreraKontaktforsokDelegate")
class RegistreraKontaktforsokDelegate implements JavaDelegate {

    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final KontaktforsokRepository kontaktforsok;
    private final KontaktrundaRepository rundor;
    private final AvslutUtanKontakt avslutUtanKontakt;
    private final Arenden arenden;
    private final InloggadAnvandare inloggad;
    private final Clock clock;
    private final HistoryService historyService;

    RegistreraKontaktforsokDelegate(KontaktforsokRepository kontaktforsok, KontaktrundaRepository rundor,
                                   AvslutUtanKontakt avslutUtanKontakt, Arenden arenden, InloggadAnvandare inloggad,
                                   Clock clock, HistoryService historyService) {
        this.historyService = historyService;
        this.kontaktforsok = kontaktforsok;
        this.rundor = rundor;
        this.avslutUtanKontakt = avslutUtanKontakt;
        this.arenden = arenden;
        this.inloggad = inloggad;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        Arende arende = arenden.iProcessen(execution);
        Kontaktrunda runda = runda(execution, arende);
        LocalDate datum = form.kravtDatum(Falt.KONTAKTFORSOK_DATUM, "Datum för kontaktförsöket");
        Instant tidpunkt = datum.atTime(klockslag(form.kravdText(Falt.KONTAKTFORSOK_TID, "Klockslag")))
                .atZone(clock.getZone()).toInstant();
        Instant nu = clock.instant();
        if (tidpunkt.isAfter(nu)) {
            throw new OgiltigtFormularException("Kontaktförsöket kan inte ligga i framtiden (" + visa(tidpunkt) + ").");
        }
        if (tidpunkt.isBefore(runda.getPaborjad().truncatedTo(ChronoUnit.MINUTES))) {
            throw new OgiltigtFormularException("Kontaktförsöket (" + visa(tidpunkt) + ") ligger före kontaktrundan, som "
                    + "började " + visa(runda.getPaborjad()) + ". Bara försök sedan dess räknas; ange när försöket gjordes.");
        }
        Kontaktkanal kanal = form.val(Falt.KONTAKTKANAL, Kontaktkanal.class, "Kanal");
        Kontaktresultat resultat = form.val(Falt.KONTAKTRESULTAT, Kontaktresultat.class, "Resultat");
        if (kanal == null || resultat == null) {
            throw new OgiltigtFormularException("Ange hur klienten söktes och vad resultatet blev.");
        }
        kontaktforsok.save(new Kontaktforsok(runda, tidpunkt, kanal, resultat, form.text(Falt.KONTAKTFORSOK_ANTECKNING),
                nu, inloggad.id()));

        Utfall utfall;
        if (resultat == Kontaktresultat.KLIENTEN_NADD) {
            arende.kontaktMedKlienten(datum);
            utfall = Utfall.KONTAKT;
        } else if (form.val(Falt.NASTA_STEG, NastaSteg.class, "Nästa steg") == NastaSteg.AVSLUTA) {
            kontaktforsok.flush();
            avslutUtanKontakt.hinder(arende, Avslutsorsak.KONTAKT_UPPHORT, true).ifPresent(hinder -> {
                throw new OgiltigtFormularException(hinder);
            });
            execution.setVariable(ArendeProcessen.AVSLUTSORSAK, Avslutsorsak.KONTAKT_UPPHORT.name());
            utfall = Utfall.AVSLUTA;
        } else {
            utfall = Utfall.FORSOK_IGEN;
        }
        execution.removeVariables(KontaktforsokProcessen.FORMULARFALT);
        execution.setVariable(KontaktforsokProcessen.UTFALL, utfall.name());
    }

    private Kontaktrunda runda(DelegateExecution execution, Arende arende) {
        if (execution.getVariable(KontaktforsokProcessen.KONTAKTRUNDA_ID) == null) {
            return rundaForInstansFranForeRundorna(execution, arende);
        }
        return rundor.findById(ArendeProcessen.id(execution, KontaktforsokProcessen.KONTAKTRUNDA_ID))
                .filter(r -> r.getArendeId().equals(arende.getId()))
                .orElseThrow(() -> new IllegalStateException("Kontaktrundan för ärende " + arende.getArendenummer() + " saknas."));
    }

    /**
     * An instance that was searching for the client before rounds existed: its round began when the
     * instance started, and the attempts it documented since then are the round's.
     */
    private Kontaktrunda rundaForInstansFranForeRundorna(DelegateExecution execution, Arende arende) {
        Instant borjade = inloggad.somSystem(() -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(execution.getProcessInstanceId()).singleResult().getStartTime().toInstant());
        Kontaktrunda runda = rundor.save(new Kontaktrunda(arende.getId(), borjade));
        kontaktforsok.findByArendeIdOrderByTidpunkt(arende.getId()).stream()
                .filter(f -> !f.getTidpunkt().isBefore(borjade)).forEach(f -> f.tillhor(runda));
        execution.setVariable(KontaktforsokProcessen.KONTAKTRUNDA_ID, runda.getId());
        return runda;
    }

    private String visa(Instant tid) {
        return TID.format(tid.atZone(clock.getZone()));
    }

    private static LocalTime klockslag(String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new OgiltigtFormularException("Klockslaget '" + text + "' ska skrivas TT:MM, t.ex. 09:30.");
        }
    }
}
