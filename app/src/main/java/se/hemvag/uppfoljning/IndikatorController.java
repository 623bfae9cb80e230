package se.hemvag.uppfoljning;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.hemvag.arende.OgiltigBegaranException;
import se.hemvag.security.EjBehorigException;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sektion.Grupper;

/** The unit's figures for ledning: counts and shares, never a client. */
@RestController
@RequestMapping("/api/indikatorer")
class IndikatorController {

    private final Indikatorer indikatorer;
    private final InloggadAnvandare inloggad;

    IndikatorController(Indikatorer indikatorer, InloggadAnvandare inloggad) {
        this.indikatorer = indikatorer;
        this.inloggad = inloggad;
    }

    @GetMapping("/stadigvarande-boende")
    public Indikatorer.Utfall stadigvarandeBoende(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fran,
                                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate till) {
        if (!inloggad.tillhorNagon(Grupper.LEDNING)) {
            throw new EjBehorigException("Enhetens siffror är för ledningen.");
        }
        if (till.isBefore(fran)) {
            throw new OgiltigBegaranException("Perioden slutar (" + till + ") före den börjar (" + fran + ").");
        }
        return indikatorer.stadigvarandeBoende(fran, till);
    }
}
