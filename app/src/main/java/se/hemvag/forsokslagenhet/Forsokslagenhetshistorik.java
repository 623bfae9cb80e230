package se.hemvag.forsokslagenhet;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.arende.Arende;

/**
 * A case's trial apartments with everything that happened in them (Lägenhetsinfo, reviews,
 * deviations, rent debts) and its Hyran först visits, as the API shows them.
 */
@Service
class Forsokslagenhetshistorik {

    private final ForsokslagenhetRepository forsokslagenheter;
    private final LagenhetsinfoKallelseRepository kallelser;
    private final KontraktsgranskningRepository granskningar;
    private final AvvikelseRepository avvikelser;
    private final HyresskuldRepository hyresskulder;
    private final HyranForstBesokRepository besok;

    Forsokslagenhetshistorik(ForsokslagenhetRepository forsokslagenheter, LagenhetsinfoKallelseRepository kallelser,
                             KontraktsgranskningRepository granskningar, AvvikelseRepository avvikelser,
                             HyresskuldRepository hyresskulder, HyranForstBesokRepository besok) {
        this.forsokslagenheter = forsokslagenheter;
        this.kallelser = kallelser;
        this.granskningar = granskningar;
        this.avvikelser = avvikelser;
        this.hyresskulder = hyresskulder;
        this.besok = besok;
    }

    @Transactional(readOnly = true)
    public ForsokslagenheterVy iArendet(Arende arende) {
        return new ForsokslagenheterVy(
                forsokslagenheter.findByArendeIdOrderById(arende.getId()).stream().map(this::vy).toList(),
                besok.findByArendeIdOrderById(arende.getId()).stream()
                        .map(b -> new BesokVy(b.getTillfalleId(), b.getHjalp().name(), b.getAnteckning())).toList());
    }

    public record ForsokslagenheterVy(List<ForsokslagenhetVy> forsokslagenheter, List<BesokVy> hyranForstBesok) {
    }

    public record ForsokslagenhetVy(Long id, String status, LocalDate ansokt, LocalDate beslutsdatum, String adress,
                                    String hyresvard, LocalDate kontraktFran, String boendestodUtforare,
                                    LocalDate inflyttning, LocalDate granskning, LocalDate avslutad,
                                    List<KallelseVy> lagenhetsinfo, List<GranskningVy> granskningar,
                                    List<AvvikelseVy> avvikelser, List<HyresskuldVy> hyresskulder) {
    }

    public record KallelseVy(LocalDate kallad, Long tillfalleId, Boolean narvarande, Integer betyg) {
    }

    public record GranskningVy(LocalDate datum, String hyresvardensSyn, String resultat) {
    }

    public record AvvikelseVy(LocalDate motesdatum, String orsak, String utfall, LocalDate nyGranskning) {
    }

    public record HyresskuldVy(Long id, LocalDate anmald, String anmaldAv, int belopp, String atgard, LocalDate hanterad) {
    }

    public record BesokVy(Long tillfalleId, String hjalp, String anteckning) {
    }

    private ForsokslagenhetVy vy(Forsokslagenhet f) {
        return new ForsokslagenhetVy(f.getId(), f.getStatus().name(), f.getAnsokt(), f.getBeslutsdatum(), f.getAdress(),
                f.getHyresvard(), f.getKontraktFran(), f.getBoendestodUtforare(), f.getInflyttning(), f.getGranskning(),
                f.getAvslutad(),
                kallelser.findByForsokslagenhetIdOrderById(f.getId()).stream()
                        .map(k -> new KallelseVy(k.getKallad(), k.getTillfalleId(), k.getNarvarande(), k.getBetyg())).toList(),
                granskningar.findByForsokslagenhetIdOrderByDatum(f.getId()).stream()
                        .map(g -> new GranskningVy(g.getDatum(), g.getHyresvardensSyn().name(), g.getResultat().name())).toList(),
                avvikelser.findByForsokslagenhetIdOrderByMotesdatum(f.getId()).stream()
                        .map(a -> new AvvikelseVy(a.getMotesdatum(), a.getOrsak().name(), a.getUtfall().name(), a.getNyGranskning()))
                        .toList(),
                hyresskulder.findByForsokslagenhetIdOrderById(f.getId()).stream().map(Forsokslagenhetshistorik::vy).toList());
    }

    static HyresskuldVy vy(Hyresskuld h) {
        return new HyresskuldVy(h.getId(), h.getAnmald(), h.getAnmaldAv().name(), h.getBelopp(), h.getAtgard(), h.getHanterad());
    }
}
