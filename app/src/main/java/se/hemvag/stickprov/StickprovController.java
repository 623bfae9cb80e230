package se.hemvag.stickprov;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The spot checks' results per section and month: counts and shares, never a client. */
@RestController
@RequestMapping("/api/stickprov")
class StickprovController {

    private final Stickprov stickprov;

    StickprovController(Stickprov stickprov) {
        this.stickprov = stickprov;
    }

    @GetMapping(path = "/resultat", produces = MediaType.APPLICATION_JSON_VALUE)
    public Stickprov.Resultat resultat(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fran,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate till,
                                       @RequestParam(required = false) String sektion) {
        return stickprov.resultat(fran, till, sektion);
    }
}
