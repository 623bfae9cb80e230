package se.hemvag.forsokslagenhet;

import static se.hemvag.delat.Historikkalla.falt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.delat.Historikkalla;

/**
 * The trial apartment's part of the client view's timeline: the application, decision, apartment,
 * housing support, move-in and end, with Lägenhetsinfo, the takeover reviews, deviation meetings,
 * rent debts and the visits to Hyran först.
 */
@Component
class ForsokslagenhetensHistorik implements Historikkalla {

    private final ForsokslagenhetRepository forsokslagenheter;
    private final LagenhetsinfoKallelseRepository kallelser;
    private final KontraktsgranskningRepository granskningar;
    private final AvvikelseRepository avvikelser;
    private final HyresskuldRepository hyresskulder;
    private final HyranForstBesokRepository besok;
    private final HyranForstTillfalleRepository hyranForstTillfallen;

    ForsokslagenhetensHistorik(ForsokslagenhetRepository forsokslagenheter, LagenhetsinfoKallelseRepository kallelser,
                               KontraktsgranskningRepository granskningar, AvvikelseRepository avvikelser,
                               HyresskuldRepository hyresskulder, HyranForstBesokRepository besok,
                               HyranForstTillfalleRepository hyranForstTillfallen) {
        this.forsokslagenheter = forsokslagenheter;
        this.kallelser = kallelser;
        this.granskningar = granskningar;
        this.avvikelser = avvikelser;
        this.hyresskulder = hyresskulder;
        this.besok = besok;
        this.hyranForstTillfallen = hyranForstTillfallen;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Historikpost> poster(Collection<Long> arendeIds, Long klientId) {
        if (arendeIds == null || arendeIds.isEmpty()) {
            return List.of();
        }
        List<Historikpost> poster = new ArrayList<>();
        List<Forsokslagenhet> lista = forsokslagenheter.findByArendeIdInOrderById(arendeIds);
        for (Forsokslagenhet forsokslagenhet : lista) {
            forsokslagenhetensPoster(forsokslagenhet, poster);
        }
        if (!lista.isEmpty()) {
            Map<Long, Long> arendePerForsokslagenhet = lista.stream()
                    .collect(Collectors.toMap(Forsokslagenhet::getId, Forsokslagenhet::getArendeId));
            tillhorandePoster(arendePerForsokslagenhet, poster);
        }
        hyranForstPoster(arendeIds, poster);
        return poster;
    }

    /** The trial apartment itself, from the application to its end. */
    private static void forsokslagenhetensPoster(Forsokslagenhet f, List<Historikpost> poster) {
        Long arendeId = f.getArendeId();
        poster.add(new Historikpost(f.getAnsokt(), arendeId, "Försökslägenhet sökt",
                "Ansökan om försökslägenhet registrerades; klientens ekonomi "
                + (f.isEkonomiUtredd() ? "är utredd." : "är inte utredd."), f.getAnsoktAv()));

        boolean avslag = f.getStatus() == ForsokslagenhetStatus.AVSLAG;
        poster.add(new Historikpost(f.getBeslutsdatum(), arendeId, avslag ? "Försökslägenhet avslagen" : "Försökslägenhet beviljad",
                
                (avslag ? "Ansökan om försökslägenhet avslogs." : "Försökslägenhet beviljades.")
                        + falt("Motivering", f.getBeslutMotivering()), null));

        poster.add(new Historikpost(f.getKontraktFran(), arendeId, "Lägenhet ordnad",
                (falt("Adress", f.getAdress()) + falt("Hyresvärd", f.getHyresvard()) + " Andrahandskontraktet gäller från "
                        + f.getKontraktFran() + (f.getKontraktTill() == null ? ", tills vidare." : " till " + f.getKontraktTill() + "."))
                        .strip(), null));

        poster.add(new Historikpost(f.getBoendestodFran(), arendeId, "Boendestöd ordnat",
                "Boendestöd från " + f.getBoendestodFran()
                        + (f.getBoendestodTimmar() == null ? "." : ", " + f.getBoendestodTimmar() + " timmar per vecka.")
                        + falt("Utförare", f.getBoendestodUtforare()), null));

        poster.add(new Historikpost(f.getInflyttning(), arendeId, "Inflyttning i försökslägenhet",
                "Klienten flyttade in i försökslägenheten.", null));

        // a refusal ends the trial apartment on the decision day; the decision's entry already says so
        String slut = switch (f.getStatus()) {
            case OVERTAGEN -> "Klienten tog över kontraktet och har förstahandskontrakt från " + f.getAvslutad() + ".";
            case UPPSAGD -> "Försökslägenheten sades upp efter avvikelsemötet.";
            case AVBRUTEN -> "Försökslägenheten avbröts när ärendet avslutades.";
            case AVSLAG, ANSOKT, BEVILJAD, BOR -> null;
        };
        if (slut != null) {
            poster.add(new Historikpost(f.getAvslutad(), arendeId, "Försökslägenhet avslutad", slut, null));
        }
    }

    /** Lägenhetsinfo, reviews, deviation meetings and rent debts of the given trial apartments, on their cases. */
    private void tillhorandePoster(Map<Long, Long> arendePerForsokslagenhet, List<Historikpost> poster) {
        Set<Long> ids = arendePerForsokslagenhet.keySet();
        for (LagenhetsinfoKallelse kallelse : kallelser.findByForsokslagenhetIdInOrderById(ids)) {
            poster.add(new Historikpost(kallelse.getKallad(), arendePerForsokslagenhet.get(kallelse.getForsokslagenhetId()),
                    "Kallad till Lägenhetsinfo", lagenhetsinfotext(kallelse), kallelse.getRegistreradAv()));
        }
        for (Kontraktsgranskning granskning : granskningar.findByForsokslagenhetIdInOrderByDatum(ids)) {
            poster.add(new Historikpost(granskning.getDatum(), arendePerForsokslagenhet.get(granskning.getForsokslagenhetId()),
                    "Kontraktsgranskning", granskningstext(granskning), granskning.getRegistreradAv()));
        }
        for (Avvikelse avvikelse : avvikelser.findByForsokslagenhetIdInOrderByMotesdatum(ids)) {
            poster.add(new Historikpost(avvikelse.getMotesdatum(), arendePerForsokslagenhet.get(avvikelse.getForsokslagenhetId()),
                    "Avvikelsemöte", "Huvudsaklig orsak: " + orsak(avvikelse.getOrsak()) + ". Beslut efter mötet: "
                            + utfall(avvikelse.getUtfall())
                            + (avvikelse.getNyGranskning() == null ? "." : ", ny granskning " + avvikelse.getNyGranskning() + "."),
                    avvikelse.getRegistreradAv()));
        }
        for (Hyresskuld skuld : hyresskulder.findByForsokslagenhetIdInOrderById(ids)) {
            Long arendeId = arendePerForsokslagenhet.get(skuld.getForsokslagenhetId());
            poster.add(new Historikpost(skuld.getAnmald(), arendeId, "Hyresskuld anmäld",
                    anmalare(skuld.getAnmaldAv()) + " anmälde en hyresskuld på " + kronor(skuld.getBelopp()) + "."
                            + falt("Anteckning", skuld.getAnteckning()), skuld.getRegistreradAv()));
            poster.add(new Historikpost(skuld.getHanterad(), arendeId, "Hyresskuld hanterad",
                    "Klienten kontaktades om hyresskulden." + falt("Åtgärd", skuld.getAtgard()), skuld.getHanteradAv()));
        }
    }

    /** The visits to Hyran först, registered on the visitor's case, on the day of the open house. */
    private void hyranForstPoster(Collection<Long> arendeIds, List<Historikpost> poster) {
        List<HyranForstBesok> besokLista = besok.findByArendeIdInOrderById(arendeIds);
        if (besokLista.isEmpty()) {
            return;
        }
        Map<Long, LocalDate> datumPerTillfalle = hyranForstTillfallen
                .findAllById(besokLista.stream().map(HyranForstBesok::getTillfalleId).distinct().toList()).stream()
                .collect(Collectors.toMap(HyranForstTillfalle::getId, HyranForstTillfalle::getDatum));
        for (HyranForstBesok b : besokLista) {
            poster.add(new Historikpost(datumPerTillfalle.get(b.getTillfalleId()), b.getArendeId(), "Besök på Hyran först",
                    
                    "Hjälp som gavs: " + hjalp(b.getHjalp()) + "." + falt("Anteckning", b.getAnteckning()), b.getRegistreradAv()));
        }
    }

    private static String lagenhetsinfotext(LagenhetsinfoKallelse kallelse) {
        if (kallelse.getNarvarande() == null) {
            return "Klienten kallades till Lägenhetsinfo.";
        }
        if (!kallelse.getNarvarande()) {
            return "Klienten kallades till Lägenhetsinfo men uteblev.";
        }
        return "Klienten kom till Lägenhetsinfo."
                + (kallelse.getBetyg() == null ? "" : " Klientens betyg på informationen: " + betyg(kallelse.getBetyg()) + ".");
    }

    private static String granskningstext(Kontraktsgranskning g) {
        return "Bedömning: " + resultat(g.getResultat()) + " (hyran betald i tid: " + jaNej(g.isHyranBetald())
                + ", nya skulder: " + jaNej(g.isNyaSkulder()) + ", störningar eller skador: " + jaNej(g.isStorningar())
                + "). Hyresvärdens syn på ett övertagande: " + syn(g.getHyresvardensSyn()) + "."
                + falt("Anteckning", g.getAnteckning());
    }

    private static String betyg(int betyg) {
        return switch (betyg) {
            case 1 -> "1 – inte alls bra";
            case 5 -> "5 – mycket bra";
            default -> betyg + " av 5";
        };
    }

    private static String resultat(Granskningsresultat resultat) {
        if (resultat == null) {
            return "inte angiven";
        }
        return switch (resultat) {
            case GODKANT -> "övertagandet godkänt";
            case AVVIKELSE -> "avvikelse, utreds vid ett avvikelsemöte";
        };
    }

    private static String syn(HyresvardensSyn syn) {
        if (syn == null) {
            return "inte angiven";
        }
        return switch (syn) {
            case POSITIV -> "positiv";
            case NEGATIV -> "negativ";
            case INGEN_UPPFATTNING -> "ingen uppfattning";
        };
    }

    private static String orsak(Avvikelseorsak orsak) {
        if (orsak == null) {
            return "inte angiven";
        }
        return switch (orsak) {
            case HYRESSKULD -> "hyresskuld";
            case STORNINGAR -> "störningar";
            case SKADOR_ROKNING -> "skador, t.ex. av rökning";
            case ANNAT -> "annat";
        };
    }

    private static String utfall(AvvikelseUtfall utfall) {
        if (utfall == null) {
            return "inte angivet";
        }
        return switch (utfall) {
            case FORLANGD_PROVTID -> "förlängd prövotid";
            case UPPSAGNING -> "uppsägning av försökslägenheten";
        };
    }

    private static String anmalare(Anmalare anmalare) {
        if (anmalare == null) {
            return "Någon";
        }
        return switch (anmalare) {
            case HYRESVARD -> "Hyresvärden";
            case BOENDESTOD -> "Boendestödet";
        };
    }

    private static String hjalp(Hyreshjalp hjalp) {
        if (hjalp == null) {
            return "inte angiven";
        }
        return switch (hjalp) {
            case BETALA_HYRAN -> "betala hyran";
            case AUTOGIRO_E_FAKTURA -> "autogiro eller e-faktura";
            case KONTAKT_HYRESVARD -> "kontakt med hyresvärden";
            case BUDGET_OCH_SKULDER -> "budget och skulder";
            case ANNAT -> "annat";
        };
    }

    private static String jaNej(boolean varde) {
        return varde ? "ja" : "nej";
    }

    /** "12 400 kr". */
    private static String kronor(int belopp) {
        return String.format(Locale.ROOT, "%,d", belopp).replace(',', ' ') + " kr";
    }

}
