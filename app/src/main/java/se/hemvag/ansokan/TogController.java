package se.hemvag.ansokan;

import java.time.Instant;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Arenden;

/** The client's evening assessments (tak över huvudet), as part of their history, for those who work with the case. */
@RestController
class TogController {

    private final Arenden arenden;
    private final Kvallsbedomningar bedomningar;

    TogController(Arenden arenden, Kvallsbedomningar bedomningar) {
        this.arenden = arenden;
        this.bedomningar = bedomningar;
    }

    @GetMapping("/api/arenden/{arendenummer}/kvallsbedomningar")
    @Transactional(readOnly = true)
    public List<Kvallsbedomning> kvallsbedomningar(@PathVariable String arendenummer) {
        Arende arende = arenden.hamtaForDenSomArbetarMedArendet(arendenummer);
        return bedomningar.forKlient(arende.getKlient().getId()).stream()
                .map(b -> new Kvallsbedomning(b.getBedomd(), b.getRegelnsForslag(), b.getBeslut(), b.getNattlogi(),
                        arende.getId().equals(b.getArendeId()))).toList();
    }

    /** {@code underArendet}: made while this case was open. */
    public record Kvallsbedomning(Instant bedomd, String regelnsForslag, String beslut, String nattlogi,
                                  boolean underArendet) {
    }
}
