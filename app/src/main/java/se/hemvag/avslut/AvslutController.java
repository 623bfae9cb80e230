package se.hemvag.avslut;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Arenden;

/** The contact attempts and the closure of a case, for those who work with it. */
@RestController
@RequestMapping("/api/arenden")
class AvslutController {

    private final Arenden arenden;
    private final KontaktforsokRepository kontaktforsok;
    private final AvslutRepository avslut;
    private final FlyttoverlamningRepository flyttoverlamningar;

    AvslutController(Arenden arenden, KontaktforsokRepository kontaktforsok, AvslutRepository avslut,
                     FlyttoverlamningRepository flyttoverlamningar) {
        this.arenden = arenden;
        this.kontaktforsok = kontaktforsok;
        this.avslut = avslut;
        this.flyttoverlamningar = flyttoverlamningar;
    }

    @GetMapping("/{arendenummer}/avslut")
    @Transactional(readOnly = true)
    public AvslutVy hamta(@PathVariable String arendenummer) {
        Arende arende = arenden.hamtaForDenSomArbetarMedArendet(arendenummer);
        return new AvslutVy(
                kontaktforsok.findByArendeIdOrderByTidpunkt(arende.getId()).stream()
                        .map(k -> new KontaktforsokVy(k.getTidpunkt(), k.getKanal().name(), k.getResultat().name())).toList(),
                avslut.findByArendeId(arende.getId())
                        .map(a -> new AvslutningsblankettVy(a.getOrsak().name(), a.getBoendeVidAvslut().name(),
                                a.getEgenForsorjning().name(), a.getAvslutsdatum())).orElse(null),
                flyttoverlamningar.findByArendeId(arende.getId()).map(Flyttoverlamning::getMottagare).orElse(null));
    }

    public record AvslutVy(List<KontaktforsokVy> kontaktforsok, AvslutningsblankettVy avslutningsblankett,
                           String overlamnadTill) {
    }

    public record KontaktforsokVy(Instant tidpunkt, String kanal, String resultat) {
    }

    public record AvslutningsblankettVy(String orsak, String boendeVidAvslut, String egenForsorjning, LocalDate avslutsdatum) {
    }
}
