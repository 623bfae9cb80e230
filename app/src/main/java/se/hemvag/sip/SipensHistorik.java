package se.hemvag.sip;

import static se.hemvag.delat.Historikkalla.falt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.delat.Historikkalla;

/**
 * The SIP's part of the client view's timeline: the offer and the client's answer, consent given
 * and revoked, the meeting with its plan, the follow-ups and the end of the SIP.
 */
@Component
class SipensHistorik implements Historikkalla {

    private final SipRepository sipar;
    private final SamtyckeRepository samtycken;
    private final SipUppfoljningRepository uppfoljningar;

    SipensHistorik(SipRepository sipar, SamtyckeRepository samtycken, SipUppfoljningRepository uppfoljningar) {
        this.sipar = sipar;
        this.samtycken = samtycken;
        this.uppfoljningar = uppfoljningar;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Historikpost> poster(Collection<Long> arendeIds, Long klientId) {
        if (arendeIds == null || arendeIds.isEmpty()) {
            return List.of();
        }
        List<Sip> sipLista = sipar.findByArendeIdInOrderById(arendeIds);
        if (sipLista.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> arendePerSip = sipLista.stream().collect(Collectors.toMap(Sip::getId, Sip::getArendeId));
        Map<Long, List<SipUppfoljning>> uppfoljningarPerSip = uppfoljningar
                .findBySipIdInOrderByDatumAscIdAsc(arendePerSip.keySet()).stream()
                .collect(Collectors.groupingBy(SipUppfoljning::getSipId));

        List<Historikpost> poster = new ArrayList<>();
        for (Sip sip : sipLista) {
            sipensPoster(sip, uppfoljningarPerSip.getOrDefault(sip.getId(), List.of()), poster);
        }
        for (Samtycke samtycke : samtycken.findBySipIdInOrderById(arendePerSip.keySet())) {
            Long arendeId = arendePerSip.get(samtycke.getSipId());
            poster.add(new Historikpost(samtycke.getLamnat(), arendeId, "Samtycke till SIP lämnat",
                    "Form: " + form(samtycke.getForm()) + "." + falt("Omfattning", samtycke.getOmfattning()),
                    samtycke.getRegistreratAv()));
            poster.add(new Historikpost(samtycke.getAterkallat(), arendeId, "Samtycke till SIP återkallat",
                    "Klienten återkallade samtycket och SIP:en stoppades." + falt("Anteckning", samtycke.getAterkallatAnteckning()),
                    samtycke.getAterkallatAv()));
        }
        return poster;
    }

    /** The offer, the meeting, the follow-ups (oldest first) and the end of one SIP. */
    private static void sipensPoster(Sip sip, List<SipUppfoljning> sipensUppfoljningar, List<Historikpost> poster) {
        Long arendeId = sip.getArendeId();
        poster.add(new Historikpost(sip.getErbjuden(), arendeId, "SIP erbjuden",
                "Klientens svar: " + svar(sip.getSvar()) + "." + falt("Skäl", sip.getAvbojtAnledning()), sip.getErbjudenAv()));

        // the next follow-up is stored on the SIP, set by the meeting or, later, by the last follow-up
        poster.add(new Historikpost(sip.getMoteHallet(), arendeId, "SIP-möte hållet",
                (Boolean.TRUE.equals(sip.getKlientenDeltog()) ? "Klienten deltog." : "Klienten deltog inte.")
                        + falt("Plats", sip.getMotesplats()) + falt("Planen", sip.getPlan()) + ansvar(sip)
                        + (sipensUppfoljningar.isEmpty() ? nastaUppfoljning(sip) : ""), null));

        for (int i = 0; i < sipensUppfoljningar.size(); i++) {
            SipUppfoljning uppfoljning = sipensUppfoljningar.get(i);
            boolean sista = i == sipensUppfoljningar.size() - 1;
            poster.add(new Historikpost(uppfoljning.getDatum(), arendeId, "SIP följd upp",
                    (falt("Uppföljningen visade", uppfoljning.getAnteckning())
                            + (uppfoljning.isFortsatter()
                                    ? " SIP:en fortsätter och följs upp igen." + (sista ? nastaUppfoljning(sip) : "")
                                    : " SIP:en avslutas: målen är nådda eller samordningen behövs inte längre.")).strip(),
                    uppfoljning.getRegistreradAv()));
        }

        // a declined offer ends the SIP the same day; the offer's entry already says so
        String slut = switch (sip.getStatus()) {
            case AVSLUTAD -> "SIP:en avslutades.";
            case STOPPAD -> "SIP:en stoppades eftersom klienten återkallade samtycket.";
            case AVBOJD, ERBJUDS, PLANERAS, PLAN_UPPRATTAD -> null;
        };
        if (slut != null) {
            poster.add(new Historikpost(sip.getAvslutad(), arendeId, "SIP avslutad", slut, null));
        }
    }

    private static String ansvar(Sip sip) {
        if (sip.getHuvudansvar() == null) {
            return "";
        }
        String ansvarig = harText(sip.getHuvudansvarig()) ? ", huvudansvarig " + sip.getHuvudansvarig().strip() : "";
        return " Huvudansvar: " + huvudansvar(sip.getHuvudansvar()) + ansvarig + ".";
    }

    private static String nastaUppfoljning(Sip sip) {
        return sip.getNastaUppfoljning() == null ? "" : " Nästa uppföljning: " + sip.getNastaUppfoljning() + ".";
    }

    private static String svar(SipSvar svar) {
        if (svar == null) {
            return "inte angivet";
        }
        return switch (svar) {
            case ACCEPTERAT -> "tackar ja och samtycker";
            case AVBOJT -> "tackar nej";
        };
    }

    private static String form(Samtyckesform form) {
        if (form == null) {
            return "inte angiven";
        }
        return switch (form) {
            case MUNTLIGT -> "muntligt (dokumenterat i journalen)";
            case SKRIFTLIGT -> "skriftligt";
        };
    }

    private static String huvudansvar(Huvudansvar huvudansvar) {
        return switch (huvudansvar) {
            case KOMMUNEN -> "kommunen (socialtjänsten)";
            case REGIONEN -> "regionen (hälso- och sjukvården)";
        };
    }

    private static boolean harText(String text) {
        return text != null && !text.isBlank();
    }
}
