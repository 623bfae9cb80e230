package se.hemvag.ansokan;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.hemvag.arende.Arende;
import se.hemvag.security.EjBehorigException;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sektion.Sektion;

/** Applications from the reception or an outreach partner's system, as JSON. */
@RestController
@RequestMapping("/api/ansokningar")
class AnsokanController {

    private final Ansokningsmottagning mottagning;
    private final InloggadAnvandare inloggad;

    AnsokanController(Ansokningsmottagning mottagning, InloggadAnvandare inloggad) {
        this.mottagning = mottagning;
        this.inloggad = inloggad;
    }

    @PostMapping
    ResponseEntity<RegistreradAnsokan> registrera(@RequestBody NyAnsokan ansokan) {
        if (!inloggad.tillhorNagon(Sektion.MOTTAGNINGEN.gruppId(), Sektion.ADMINISTRATIONEN.gruppId())) {
            throw new EjBehorigException("Bara Hemlöshetsmottagningen och Administrationen registrerar ansökningar.");
        }
        Arende arende = mottagning.registreraOchStarta(ansokan, inloggad.id());
        return ResponseEntity.created(URI.create("/api/arenden/" + arende.getArendenummer()))
                .body(new RegistreradAnsokan(arende.getArendenummer(), arende.getKlient().getIdentitetsnummer(),
                        arende.getKlient().getIdentitetstyp().name(), arende.getStatus().name()));
    }

    record RegistreradAnsokan(String arendenummer, String identitetsnummer, String identitetstyp, String status) {
    }
}
