package se.hemvag.tillhorighet;

import static se.hemvag.delat.Historikkalla.falt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.delat.Historikkalla;

/** The client view's part from here: the belonging investigation of each case and the handover that followed it. */
@Component
class TillhorighetensHistorik implements Historikkalla {

    private final TillhorighetsutredningRepository utredningar;
    private final OverlamningRepository overlamningar;

    TillhorighetensHistorik(TillhorighetsutredningRepository utredningar, OverlamningRepository overlamningar) {
        this.utredningar = utredningar;
        this.overlamningar = overlamningar;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Historikpost> poster(Collection<Long> arendeIds, Long klientId) {
        if (arendeIds == null || arendeIds.isEmpty()) {
            return List.of();
        }
        List<Historikpost> poster = new ArrayList<>();
        for (Tillhorighetsutredning utredning : utredningar.findByArendeIdIn(arendeIds)) {
            if (utredning.getUtreddDatum() != null) {
                poster.add(new Historikpost(utredning.getUtreddDatum(), utredning.getArendeId(),
                        "Tillhörighetsutredning klar", utredningstext(utredning), utredning.getUtreddAv()));
            }
        }
        for (Overlamning overlamning : overlamningar.findByArendeIdIn(arendeIds)) {
            if (overlamning.getOverlamningsdatum() != null) {
                poster.add(new Historikpost(overlamning.getOverlamningsdatum(), overlamning.getArendeId(),
                        rubrik(overlamning.getAnledning()), overlamningstext(overlamning), overlamning.getRegistreradAv()));
            }
        }
        return poster;
    }

    private static String utredningstext(Tillhorighetsutredning utredning) {
        StringBuilder text = new StringBuilder("Beslut: ").append(beslut(utredning.getBeslut())).append(". ")
                .append("Boendesituation: ").append(situation(utredning.getHemloshetssituation()))
                .append("; behov: ").append(behov(utredning.getBehov()))
                .append("; ").append(stadsdelskontakt(utredning));
        if (utredning.isKontaktBarn()) {
            text.append("; betydande kontakt med barn under 18 år");
        }
        return text.append('.').toString() + falt("Anteckning", utredning.getAnteckning());
    }

    private static String overlamningstext(Overlamning overlamning) {
        String text = (overlamning.getAnledning() == Tillhorighet.HANVISA_UNDER_20
                ? "Klienten hänvisades till " : "Ärendet lämnades över till ")
                + overlamning.getMottagare() + " " + overlamning.getOverlamningsdatum()
                + " (" + Overlamningssatt.beskrivning(overlamning.getSatt()) + ").";
        if (harText(overlamning.getKontaktperson())) {
            text += " Kontaktperson: " + overlamning.getKontaktperson().strip() + ".";
        }
        return text + falt("Anteckning", overlamning.getAnteckning());
    }

    private static String rubrik(Tillhorighet anledning) {
        return anledning == Tillhorighet.HANVISA_UNDER_20 ? "Klienten hänvisad till annan socialtjänst" : "Ärendet överlämnat";
    }

    private static String stadsdelskontakt(Tillhorighetsutredning utredning) {
        if (!utredning.isKontaktStadsdel()) {
            return "ingen kontakt med stadsdelsförvaltning de senaste två åren";
        }
        return utredning.getStadsdel() == null
                ? "kontakt med stadsdelsförvaltning de senaste två åren"
                : "kontakt med stadsdelsförvaltning de senaste två åren: " + utredning.getStadsdel().namn();
    }

    private static String behov(Tillhorighetsutredning.Behov behov) {
        List<String> markerade = new ArrayList<>();
        if (behov.ekonomi()) {
            markerade.add("ekonomiskt bistånd (försörjningsstöd)");
        }
        if (behov.missbruk()) {
            markerade.add("missbruk eller samsjuklighet");
        }
        if (behov.psykiskOhalsa()) {
            markerade.add("psykisk ohälsa med långvariga behov");
        }
        if (behov.aldreSomatik()) {
            markerade.add("ålder eller somatisk sjukdom med långvariga behov");
        }
        return markerade.isEmpty() ? "inga markerade" : String.join(", ", markerade);
    }

    private static String beslut(Tillhorighet beslut) {
        if (beslut == null) {
            return "inte angivet";
        }
        return switch (beslut) {
            case EFH -> "ärendet tillhör Enheten för hemlösa";
            case LANKA_TILL_STADSDEL -> "ärendet tillhör en stadsdel och länkas dit";
            case HANVISA_UNDER_20 -> "klienten är under 20 år och hänvisas till ansvarig socialtjänst";
        };
    }

    private static String situation(Hemloshetssituation situation) {
        if (situation == null) {
            return "inte angiven";
        }
        return switch (situation) {
            case AKUT_HEMLOS -> "akut hemlös, hänvisad till tillfälliga lösningar eller sover ute";
            case INSTITUTION_UTAN_BOSTAD -> "på institution eller härbärge utan ordnad bostad vid utskrivning";
            case TILLFALLIGT_HOS_BEKANTA -> "bor tillfälligt hos vänner eller bekanta (kortare än tre månader)";
            case OVRIGT -> "annan boendesituation";
        };
    }


    private static boolean harText(String text) {
        return text != null && !text.isBlank();
    }
}
