package se.hemvag.avslut;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
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

/** The contact attempts and the closure of a case, for those who work with it. */
@RestController
@RequestMapping("/api/arenden")
class AvslutController {

    private final Arenden arenden;
    private final Avslutningar avslutningar;

    AvslutController(Arenden arenden, Avslutningar avslutningar) {
        this.arenden = arenden;
        this.avslutningar = avslutningar;
    }

    /**
     * The case is to be closed, at whatever stage it is: everything under way in it stops and the
     * closure form opens with the reason given. The responsible section asks (mottagningen while the
     * case has none yet); the contact rule is tried first, so a closure it would refuse never starts.
     */
    @PostMapping("/{arendenummer}/avslut")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Transactional
    public AvslutBegart begarAvslut(@PathVariable String arendenummer, @RequestBody(required = false) AvslutBegaran begaran) {
        Arende arende = arenden.hamtaForHandlaggandeSektion(arendenummer, "begära avslut");
        Avslutsorsak orsak = begaran == null || begaran.orsak() == null ? null
                : Arrays.stream(Avslutsorsak.values()).filter(o -> o.name().equals(begaran.orsak())).findFirst()
                        .orElse(null);
        if (orsak == null) {
            throw new OgiltigBegaranException("Ange orsak till avslut, en av: " + Arrays.stream(Avslutsorsak.values())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
        avslutningar.begar(arende, orsak, null);
        return new AvslutBegart(arendenummer, orsak.name());
    }

    public record AvslutBegaran(String orsak) {
    }

    public record AvslutBegart(String arendenummer, String orsak) {
    }

    @GetMapping("/{arendenummer}/avslut")
    @Transactional(readOnly = true)
    public AvslutVy hamta(@PathVariable String arendenummer) {
        Arende arende = arenden.hamtaForDenSomArbetarMedArendet(arendenummer);
        return new AvslutVy(
                avslutningar.kontaktforsok(arende.getId()).stream()
                        .map(k -> new KontaktforsokVy(k.getTidpunkt(), k.getKanal().name(), k.getResultat().name())).toList(),
                avslutningar.avslut(arende.getId())
                        .map(a -> new AvslutningsblankettVy(a.getOrsak().name(), a.getBoendeVidAvslut().name(),
                                a.getEgenForsorjning().name(), a.getAvslutsdatum())).orElse(null),
                arende.getOverlamnadTill());
    }

    public record AvslutVy(List<KontaktforsokVy> kontaktforsok, AvslutningsblankettVy avslutningsblankett,
                           String overlamnadTill) {
    }

    public record KontaktforsokVy(Instant tidpunkt, String kanal, String resultat) {
    }

    public record AvslutningsblankettVy(String orsak, String boendeVidAvslut, String egenForsorjning, LocalDate avslutsdatum) {
    }
}
