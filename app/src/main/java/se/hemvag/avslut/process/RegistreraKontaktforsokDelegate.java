package se.hemvag.avslut.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.Arenden;
import se.hemvag.arende.Formularvarden;
import se.hemvag.arende.OgiltigtFormularException;
import se.hemvag.avslut.AvslutUtanKontakt;
import se.hemvag.avslut.Kontaktforsok;
import se.hemvag.avslut.KontaktforsokRepository;
import se.hemvag.avslut.Kontaktkanal;
import se.hemvag.avslut.Kontaktresultat;
import se.hemvag.security.InloggadAnvandare;

/**
 * Documents a contact attempt. A client reached means the case goes on; a caseworker who wants to
 * close instead is refused until Decision_AvslutUtanKontakt allows it.
 */
@Component("registreraKontaktforsokDelegate")
public class RegistreraKontaktforsokDelegate implements JavaDelegate {

    static final String UTFALL = "kontaktforsokUtfall";
    static final List<String> FORMULARFALT = List.of("kontaktforsokDatum", "kontaktforsokTid", "kontaktkanal",
            "kontaktresultat", "kontaktforsokAnteckning", "nastaSteg");

    private final KontaktforsokRepository kontaktforsok;
    private final AvslutUtanKontakt avslutUtanKontakt;
    private final Arenden arenden;
    private final InloggadAnvandare inloggad;
    private final Clock clock;

    RegistreraKontaktforsokDelegate(KontaktforsokRepository kontaktforsok, AvslutUtanKontakt avslutUtanKontakt,
                                   Arenden arenden, InloggadAnvandare inloggad, Clock clock) {
        this.kontaktforsok = kontaktforsok;
        this.avslutUtanKontakt = avslutUtanKontakt;
        this.arenden = arenden;
        this.inloggad = inloggad;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        Long arendeId = arenden.iProcessen(execution).getId();
        LocalDate datum = form.kravtDatum("kontaktforsokDatum", "Datum för kontaktförsöket");
        Instant tidpunkt = datum.atTime(klockslag(form.kravdText("kontaktforsokTid", "Klockslag")))
                .atZone(clock.getZone()).toInstant();
        if (tidpunkt.isAfter(clock.instant())) {
            throw new OgiltigtFormularException("Kontaktförsöket kan inte ligga i framtiden (" + datum + ").");
        }
        Kontaktkanal kanal = form.val("kontaktkanal", Kontaktkanal.class, "Kanal");
        Kontaktresultat resultat = form.val("kontaktresultat", Kontaktresultat.class, "Resultat");
        if (kanal == null || resultat == null) {
            throw new OgiltigtFormularException("Ange hur klienten söktes och vad resultatet blev.");
        }
        kontaktforsok.save(new Kontaktforsok(arendeId, tidpunkt, kanal, resultat, form.text("kontaktforsokAnteckning"),
                inloggad.id()));

        String utfall;
        if (resultat == Kontaktresultat.KLIENTEN_NADD) {
            arenden.hamta(arendeId).kontaktMedKlienten(datum);
            utfall = "KONTAKT";
        } else if ("AVSLUTA".equals(form.text("nastaSteg"))) {
            avslutUtanKontakt.kravUppfyllt(arendeId);
            execution.setVariable(ArendeProcessen.AVSLUTSORSAK, "KONTAKT_UPPHORT");
            utfall = "AVSLUTA";
        } else {
            utfall = "FORSOK_IGEN";
        }
        execution.removeVariables(FORMULARFALT);
        execution.setVariable(UTFALL, utfall);
    }

    private static LocalTime klockslag(String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new OgiltigtFormularException("Klockslaget '" + text + "' ska skrivas TT:MM, t.ex. 09:30.");
        }
    }
}
