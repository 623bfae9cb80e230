package se.hemvag.arende;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.delat.Historikkalla;
import se.hemvag.sektion.Sektion;

/**
 * The case's own part of the client's history: the application, the investigation and decision,
 * the interventions with their cost, the follow-ups, the sections brought in and the leads'
 * reviews. The closure and the handovers are the avslut and tillhorighet modules' entries.
 */
@Component
class ArendetsHistorik implements Historikkalla {

    private static final Map<Ansokningskanal, String> KANALER = Map.of(Ansokningskanal.NYBESOK, "nybesök (drop-in)",
            Ansokningskanal.RECEPTION, "receptionen", Ansokningskanal.TELEFON, "telefon",
            Ansokningskanal.FALT, "fältet", Ansokningskanal.UPPSOKARENHETEN, "Uppsökarenheten",
            Ansokningskanal.SAMARBETSPARTNER, "en samarbetspartner");
    private static final Map<Insatstyp, String> INSATSER = Map.of(Insatstyp.AKUTBOENDE, "Akutboende",
            Insatstyp.STODBOENDE, "Stödboende", Insatstyp.BEHANDLING, "Behandling",
            Insatstyp.EKONOMISKT_BISTAND, "Ekonomiskt bistånd", Insatstyp.BOENDESTOD, "Boendestöd",
            Insatstyp.FORSOKSLAGENHET, "Försökslägenhet", Insatstyp.BOSTAD_FORST, "Bostad först", Insatstyp.OVRIGT, "Övrig insats");

    private final ArendeRepository arenden;
    private final InsatsRepository insatser;
    private final ArendeuppfoljningRepository uppfoljningar;
    private final MedhandlaggningRepository medhandlaggningar;
    private final ArendegenomgangRepository genomgangar;

    ArendetsHistorik(ArendeRepository arenden, InsatsRepository insatser, ArendeuppfoljningRepository uppfoljningar,
                     MedhandlaggningRepository medhandlaggningar, ArendegenomgangRepository genomgangar) {
        this.arenden = arenden;
        this.insatser = insatser;
        this.uppfoljningar = uppfoljningar;
        this.medhandlaggningar = medhandlaggningar;
        this.genomgangar = genomgangar;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Historikpost> poster(Collection<Long> arendeIds, Long klientId) {
        List<Historikpost> poster = new ArrayList<>();
        if (arendeIds.isEmpty()) {
            return poster;
        }
        for (Arende a : arenden.findAllById(arendeIds)) {
            poster.add(new Historikpost(a.getAnsokningsdatum(), a.getId(), a.isAterkomst() ? "Ansökan (återkomst)" : "Ansökan",
                    "Ansökan kom in via " + KANALER.get(a.getKanal()) + "." + mening(a.getAnsokanAnteckning()), a.getRegistreradAv()));
            if (a.getUtredningPaborjad() != null) {
                poster.add(new Historikpost(a.getUtredningPaborjad(), a.getId(), "Utredning påbörjad",
                        sektion(a.getAnsvarigSektion()) + " utreder med " + a.getUtredningsinstrument() + "."
                                + mening(a.getUtredningPlan()), null));
            }
            if (a.getBeslutsdatum() != null && a.getBeslut() != null) {
                poster.add(new Historikpost(a.getBeslutsdatum(), a.getId(),
                        a.getBeslut() == Beslut.BEVILJAT ? "Insatser beviljade" : "Ansökan avslagen",
                        (a.getBeslutMotivering() == null ? "" : a.getBeslutMotivering().strip()), null));
            }
        }
        for (Insats i : insatser.findByArendeIdIn(arendeIds)) {
            String insats = INSATSER.get(i.getTyp()) + (i.getUtforare() == null ? "" : " hos " + i.getUtforare());
            poster.add(new Historikpost(i.getStartdatum(), i.getArendeId(), "Insats: " + INSATSER.get(i.getTyp()),
                    insats + ", " + i.getKostnadPerDygn() + " kr per dygn, " + sektion(i.getSektion()) + "."
                            + (i.getSlutdatum() == null ? " Pågår." : " Till och med " + i.getSlutdatum() + "."),
                    i.getRegistreradAv()));
        }
        for (Arendeuppfoljning u : uppfoljningar.findByArendeIdIn(arendeIds)) {
            poster.add(new Historikpost(u.getUppfoljningsdatum(), u.getArendeId(), "Uppföljning",
                    u.getSammanfattning() + (u.isFortsatt() ? " Insatserna fortsätter." : "")
                            + (u.getJobbtorg() == null ? "" : u.getJobbtorg() == Jobbtorg.AKTUELL ? " Aktuell på jobbtorg."
                                    : " Inte aktuell på jobbtorg."), u.getRegistreradAv()));
        }
        for (Medhandlaggning m : medhandlaggningar.findByArendeIdIn(arendeIds)) {
            poster.add(new Historikpost(m.getBegard(), m.getArendeId(), "Medhandläggning: " + sektion(m.getSektion()),
                    "Behov att utreda: " + m.getBehov(), m.getBegardAv()));
        }
        for (Arendegenomgang g : genomgangar.findByArendeIdInOrderByDatumDescIdDesc(arendeIds)) {
            poster.add(new Historikpost(g.getDatum(), g.getArendeId(), "Ärendegenomgång",
                    "Genomgång med " + g.getHandlaggare() + ": " + g.getAnteckning(), g.getGenomfordAv()));
        }
        return poster;
    }

    private static String sektion(String gruppId) {
        return gruppId == null ? "Ingen sektion" : Sektion.medGruppId(gruppId).map(Sektion::namn).orElse(gruppId);
    }

    private static String mening(String text) {
        return text == null || text.isBlank() ? "" : " " + text.strip();
    }
}
