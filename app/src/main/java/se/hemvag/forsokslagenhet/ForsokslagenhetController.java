package se.hemvag.forsokslagenhet;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Arenden;
import se.hemvag.delat.OgiltigBegaranException;
import se.hemvag.delat.EjBehorigException;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sektion.Sektion;

/** A case's trial apartment as those who work with it see it, and rent-debt reports for it. */
@RestController
@RequestMapping("/api/arenden/{arendenummer}")
class ForsokslagenhetController {

    private static final int MAX_ANTECKNING = 2000;
    private static final int MAX_BELOPP = 10_000_000;

    private final Arenden arenden;
    private final HyranForst hyranForst;
    private final InloggadAnvandare inloggad;
    private final ForsokslagenhetRepository forsokslagenheter;
    private final LagenhetsinfoKallelseRepository kallelser;
    private final KontraktsgranskningRepository granskningar;
    private final AvvikelseRepository avvikelser;
    private final HyresskuldRepository hyresskulder;
    private final HyranForstBesokRepository besok;

    ForsokslagenhetController(Arenden arenden, HyranForst hyranForst, InloggadAnvandare inloggad,
                              ForsokslagenhetRepository forsokslagenheter, LagenhetsinfoKallelseRepository kallelser,
                              KontraktsgranskningRepository granskningar, AvvikelseRepository avvikelser,
                              HyresskuldRepository hyresskulder, HyranForstBesokRepository besok) {
        this.arenden = arenden;
        this.hyranForst = hyranForst;
        this.inloggad = inloggad;
        this.forsokslagenheter = forsokslagenheter;
        this.kallelser = kallelser;
        this.granskningar = granskningar;
        this.avvikelser = avvikelser;
        this.hyresskulder = hyresskulder;
        this.besok = besok;
    }

    @GetMapping("/forsokslagenhet")
    @Transactional(readOnly = true)
    public ForsokslagenheterVy hamta(@PathVariable String arendenummer) {
        Arende arende = arenden.hamtaForDenSomArbetarMedArendet(arendenummer);
        return new ForsokslagenheterVy(
                forsokslagenheter.findByArendeIdOrderById(arende.getId()).stream().map(this::vy).toList(),
                besok.findByArendeIdOrderById(arende.getId()).stream()
                        .map(b -> new BesokVy(b.getTillfalleId(), b.getHjalp().name(), b.getAnteckning())).toList());
    }

    /** The landlord or the housing support reported a rent debt; administrationen or the section registers it. */
    @PostMapping("/hyresskuld")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public HyresskuldVy anmalHyresskuld(@PathVariable String arendenummer, @RequestBody HyresskuldAnmalan anmalan) {
        Arende arende = arenden.hamtaForAnsvarigSektionEller(arendenummer, "Hyresskulder anmäls av administrationen eller den"
                + " ansvariga sektionen i ärende " + arendenummer + ".", Sektion.ADMINISTRATIONEN.gruppId());
        Anmalare anmaldAv;
        try {
            anmaldAv = Anmalare.valueOf(String.valueOf(anmalan.anmaldAv()));
        } catch (IllegalArgumentException e) {
            throw new OgiltigBegaranException("Ange vem som anmälde skulden: HYRESVARD eller BOENDESTOD.");
        }
        if (anmalan.belopp() == null || anmalan.belopp() <= 0 || anmalan.belopp() > MAX_BELOPP) {
            throw new OgiltigBegaranException("Ange skuldens belopp i hela kronor, större än 0.");
        }
        String anteckning = anmalan.anteckning() == null || anmalan.anteckning().isBlank() ? null : anmalan.anteckning().strip();
        if (anteckning != null && anteckning.length() > MAX_ANTECKNING) {
            throw new OgiltigBegaranException("Anteckningen får vara högst " + MAX_ANTECKNING + " tecken.");
        }
        return hyresskuldVy(hyranForst.anmalHyresskuld(arende, anmaldAv, anmalan.belopp(), anteckning));
    }

    public record HyresskuldAnmalan(String anmaldAv, Integer belopp, String anteckning) {
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
                hyresskulder.findByForsokslagenhetIdOrderById(f.getId()).stream().map(ForsokslagenhetController::hyresskuldVy).toList());
    }

    private static HyresskuldVy hyresskuldVy(Hyresskuld h) {
        return new HyresskuldVy(h.getId(), h.getAnmald(), h.getAnmaldAv().name(), h.getBelopp(), h.getAtgard(), h.getHanterad());
    }
}
