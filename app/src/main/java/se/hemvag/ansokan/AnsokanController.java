package se.hemvag.ansokan;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.hemvag.delat.Datumgranser;
import se.hemvag.delat.OgiltigBegaranException;
import se.hemvag.klient.Klientregister;
import se.hemvag.klient.Kon;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.hemvag.arende.Arende;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sektion.Sektion;

/** Applications from the reception or an outreach partner's system, as JSON. */
@RestController
@RequestMapping("/api/ansokningar")
class AnsokanController {

    private final Ansokningsmottagning mottagning;
    private final InloggadAnvandare inloggad;
    private final Klientregister klientregister;

    AnsokanController(Ansokningsmottagning mottagning, InloggadAnvandare inloggad, Klientregister klientregister) {
        this.mottagning = mottagning;
        this.inloggad = inloggad;
        this.klientregister = klientregister;
    }

    /**
     * Before a reserve number is issued: has this person, without papers, been a client before?
     * Found by birth date and sex, and the names as far as they are typed.
     */
    @GetMapping("/klienter-utan-personnummer")
    List<KlientUtanPersonnummer> sokKlientUtanPersonnummer(@RequestParam(required = false) String fodelsedatum,
                                                          @RequestParam(required = false) String kon,
                                                          @RequestParam(required = false) String fornamn,
                                                          @RequestParam(required = false) String efternamn) {
        krav();
        LocalDate fodd;
        try {
            fodd = LocalDate.parse(fodelsedatum == null ? "" : fodelsedatum);
        } catch (DateTimeParseException e) {
            throw new OgiltigBegaranException("Ange födelsedatum som ÅÅÅÅ-MM-DD.");
        }
        Datumgranser.rimligt(fodd, "Födelsedatumet");
        Kon klientensKon = Arrays.stream(Kon.values()).filter(k -> k.name().equals(kon)).findFirst()
                .orElseThrow(() -> new OgiltigBegaranException("Ange kön: KVINNA eller MAN."));
        if (langd(fornamn) < 2 && langd(efternamn) < 2) {
            throw new OgiltigBegaranException("Ange minst två bokstäver av förnamnet eller efternamnet.");
        }
        return klientregister.sokUtanPersonnummer(fodd, klientensKon, fornamn, efternamn).stream()
                .map(k -> new KlientUtanPersonnummer(k.getId(), k.getIdentitetsnummer(), k.getFornamn(), k.getEfternamn(),
                        k.getFodelsedatum(), k.getKon().name())).toList();
    }

    private static int langd(String text) {
        return text == null ? 0 : text.strip().length();
    }

    /** {@code klientId}: so the access log names each client the answer shows. */
    record KlientUtanPersonnummer(Long klientId, String reservnummer, String fornamn, String efternamn,
                                  LocalDate fodelsedatum, String kon) {
    }

    private void krav() {
        inloggad.krav("Bara Hemlöshetsmottagningen och Administrationen registrerar ansökningar.",
                Sektion.MOTTAGNINGEN.gruppId(), Sektion.ADMINISTRATIONEN.gruppId());
    }

    @PostMapping
    ResponseEntity<RegistreradAnsokan> registrera(@RequestBody NyAnsokan ansokan) {
        krav();
        Arende arende = mottagning.registreraOchStarta(ansokan, inloggad.id());
        return ResponseEntity.created(URI.create("/api/arenden/" + arende.getArendenummer()))
                .body(new RegistreradAnsokan(arende.getArendenummer(), arende.getKlient().getIdentitetsnummer(),
                        arende.getKlient().getIdentitetstyp().name(), arende.getStatus().name()));
    }

    record RegistreradAnsokan(String arendenummer, String identitetsnummer, String identitetstyp, String status) {
    }
}
