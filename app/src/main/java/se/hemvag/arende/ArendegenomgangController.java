package se.hemvag.arende;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.hemvag.arende.Arendegenomgangar.GenomgangVy;
import se.hemvag.arende.Arendegenomgangar.Genomgangslista;
import se.hemvag.arende.Arendegenomgangar.NyGenomgang;

/** Ärendegenomgång over HTTP: the section's list of cases due for review, and a review recorded on a case. */
@RestController
class ArendegenomgangController {

    private final Arendegenomgangar genomgangar;

    ArendegenomgangController(Arendegenomgangar genomgangar) {
        this.genomgangar = genomgangar;
    }

    /**
     * The section's open cases, the one most overdue for review first; with {@code handlaggare},
     * only the cases that caseworker has open tasks in or was last reviewed with.
     */
    @GetMapping("/api/sektioner/{sektion}/arendegenomgang")
    public Genomgangslista lista(@PathVariable("sektion") String gruppId, @RequestParam(required = false) String handlaggare) {
        return genomgangar.lista(gruppId, handlaggare);
    }

    /** Records a review of the case; only the responsible section's gruppledare or biträdande enhetschef may. */
    @PostMapping("/api/arenden/{arendenummer}/arendegenomgang")
    @ResponseStatus(HttpStatus.CREATED)
    public GenomgangVy registrera(@PathVariable String arendenummer, @RequestBody NyGenomgang ny) {
        return genomgangar.registrera(arendenummer, ny);
    }
}
