package se.hemvag.avslut;

import static se.hemvag.delat.Historikkalla.falt;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.delat.Historikkalla;
import se.hemvag.tillhorighet.Overlamningssatt;

/** The client view's part from here: the contact attempts, the closure and the handover when the client moves. */
@Component
class AvslutetsHistorik implements Historikkalla {

    private static final DateTimeFormatter KLOCKSLAG = DateTimeFormatter.ofPattern("HH:mm");

    private final KontaktforsokRepository kontaktforsok;
    private final AvslutRepository avslut;
    private final FlyttoverlamningRepository flyttoverlamningar;
    private final Clock clock;

    AvslutetsHistorik(KontaktforsokRepository kontaktforsok, AvslutRepository avslut,
                      FlyttoverlamningRepository flyttoverlamningar, Clock clock) {
        this.kontaktforsok = kontaktforsok;
        this.avslut = avslut;
        this.flyttoverlamningar = flyttoverlamningar;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Historikpost> poster(Collection<Long> arendeIds, Long klientId) {
        if (arendeIds == null || arendeIds.isEmpty()) {
            return List.of();
        }
        List<Historikpost> poster = new ArrayList<>();
        for (Kontaktforsok forsok : kontaktforsok.findByArendeIdInOrderByTidpunkt(arendeIds)) {
            if (forsok.getTidpunkt() != null) {
                ZonedDateTime tidpunkt = forsok.getTidpunkt().atZone(clock.getZone());
                poster.add(new Historikpost(tidpunkt.toLocalDate(), forsok.getArendeId(), "Kontaktförsök",
                        kontaktforsokstext(forsok, tidpunkt), forsok.getRegistreradAv()));
            }
        }
        for (Avslut avslutet : avslut.findByArendeIdIn(arendeIds)) {
            if (avslutet.getAvslutsdatum() != null) {
                poster.add(new Historikpost(avslutet.getAvslutsdatum(), avslutet.getArendeId(), "Ärendet avslutat",
                        avslutstext(avslutet), avslutet.getRegistreradAv()));
            }
        }
        for (Flyttoverlamning overlamning : flyttoverlamningar.findByArendeIdIn(arendeIds)) {
            if (overlamning.getOverlamningsdatum() != null) {
                poster.add(new Historikpost(overlamning.getOverlamningsdatum(), overlamning.getArendeId(),
                        "Ärendet överlämnat vid flytt", overlamningstext(overlamning), overlamning.getRegistreradAv()));
            }
        }
        return poster;
    }

    private static String kontaktforsokstext(Kontaktforsok forsok, ZonedDateTime tidpunkt) {
        String text = "Klienten söktes kl. " + KLOCKSLAG.format(tidpunkt) + " (" + kanal(forsok.getKanal()) + "). "
                + "Resultat: " + resultat(forsok.getResultat()) + ".";
        return text + falt("Anteckning", forsok.getAnteckning());
    }

    private static String avslutstext(Avslut avslutet) {
        String text = "Orsak: " + orsak(avslutet.getOrsak()) + ". "
                + "Boende vid avslut: " + avslutet.getBoendeVidAvslut().etikett()
                + "; egen försörjning: " + forsorjning(avslutet.getEgenForsorjning()) + ".";
        return text + falt("Anteckning", avslutet.getAnteckning());
    }

    private static String overlamningstext(Flyttoverlamning overlamning) {
        String text = "Ärendet lämnades över till " + overlamning.getMottagare() + " " + overlamning.getOverlamningsdatum()
                + " (" + Overlamningssatt.beskrivning(overlamning.getSatt()) + ").";
        if (harText(overlamning.getKontaktperson())) {
            text += " Kontaktperson: " + overlamning.getKontaktperson().strip() + ".";
        }
        return text + falt("Anteckning", overlamning.getAnteckning());
    }

    private static String kanal(Kontaktkanal kanal) {
        if (kanal == null) {
            return "sätt inte angivet";
        }
        return switch (kanal) {
            case TELEFON -> "telefon";
            case VIA_BOENDET -> "via boendet";
            case VIA_KRIMINALVARDEN -> "via kriminalvården";
            case BREV -> "brev";
            case HEMBESOK -> "hembesök";
            case ANNAN -> "annat sätt";
        };
    }

    private static String resultat(Kontaktresultat resultat) {
        if (resultat == null) {
            return "inte angivet";
        }
        return switch (resultat) {
            case INGET_SVAR -> "inget svar";
            case MEDDELANDE_LAMNAT -> "meddelande lämnat";
            case KLIENTEN_NADD -> "klienten nåddes, ärendet fortsätter";
        };
    }

    private static String orsak(Avslutsorsak orsak) {
        if (orsak == null) {
            return "inte angiven";
        }
        return switch (orsak) {
            case MALEN_UPPNADDA -> "målen med insatserna är uppnådda";
            case KLIENTEN_AVBOJER_STOD -> "klienten avböjer fortsatt stöd";
            case AVSLAG -> "ansökan avslogs";
            case KONTAKT_UPPHORT -> "klienten har inte hörts av";
            case FLYTT -> "klienten flyttar till annan kommun eller stadsdel";
            case AVLIDEN -> "klienten har avlidit";
            case ANNAN -> "annan orsak";
        };
    }

    private static String forsorjning(EgenForsorjning forsorjning) {
        if (forsorjning == null) {
            return "inte angiven";
        }
        return switch (forsorjning) {
            case JA -> "ja, klienten försörjer sig själv";
            case NEJ -> "nej";
            case EJ_AKTUELLT -> "ej aktuellt, klienten hade inte ekonomiskt bistånd";
        };
    }


    private static boolean harText(String text) {
        return text != null && !text.isBlank();
    }
}
