package se.hemvag.forsokslagenhet;

import java.util.Arrays;
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
import se.hemvag.sektion.Sektion;

/** A case's trial apartment as those who work with it see it, and rent-debt reports for it. */
@RestController
@RequestMapping("/api/arenden/{arendenummer}")
class ForsokslagenhetController {

    private final Arenden arenden;
    private final HyranForst hyranForst;
    private final Forsokslagenhetshistorik historik;

    ForsokslagenhetController(Arenden arenden, HyranForst hyranForst, Forsokslagenhetshistorik historik) {
        this.arenden = arenden;
        this.hyranForst = hyranForst;
        this.historik = historik;
    }

    @GetMapping("/forsokslagenhet")
    @Transactional(readOnly = true)
    public Forsokslagenhetshistorik.ForsokslagenheterVy hamta(@PathVariable String arendenummer) {
        Arende arende = arenden.hamtaForDenSomArbetarMedArendet(arendenummer);
        return historik.iArendet(arende);
    }

    /** The landlord or the housing support reported a rent debt; administrationen or the section registers it. */
    @PostMapping("/hyresskuld")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public Forsokslagenhetshistorik.HyresskuldVy anmalHyresskuld(@PathVariable String arendenummer, @RequestBody HyresskuldAnmalan anmalan) {
        Arende arende = arenden.hamtaForAnsvarigSektionEller(arendenummer, "Hyresskulder anmäls av administrationen eller den"
                + " ansvariga sektionen i ärende " + arendenummer + ".", Sektion.ADMINISTRATIONEN.gruppId());
        Anmalare anmaldAv = Arrays.stream(Anmalare.values()).filter(a -> a.name().equals(anmalan.anmaldAv())).findFirst()
                .orElse(null);
        return Forsokslagenhetshistorik.vy(hyranForst.anmalHyresskuld(arende, anmaldAv, anmalan.belopp(), anmalan.anteckning()));
    }

    public record HyresskuldAnmalan(String anmaldAv, Integer belopp, String anteckning) {
    }
}
