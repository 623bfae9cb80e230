package se.hemvag.rapport;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.hemvag.delat.EjBehorigException;
import se.hemvag.delat.OgiltigBegaranException;
import se.hemvag.sektion.Sektion;

/**
 * Where the open cases wait, for the dashboard and Cockpit's diagram. Whose figures the user sees is
 * the indicators' rule (Siffrornasbehorighet): ledning the whole unit and any section, a section's
 * gruppledare and biträdande enhetschef their own section. The longest-waiting cases are shown by
 * case number, so every answer leaves a row per case in the access log (audit's filter).
 */
@RestController
class VantetidController {

    private final Vantetider vantetider;
    private final Siffrornasbehorighet behorighet;

    VantetidController(Vantetider vantetider, Siffrornasbehorighet behorighet) {
        this.vantetider = vantetider;
        this.behorighet = behorighet;
    }

    /**
     * With {@code sektion}, that section; without it, ledning gets the whole unit and every
     * section, a section's leads their own sections. With {@code arenden=false} the counts only,
     * without the longest-waiting cases (Cockpit's badges): no case is read, so none is logged.
     */
    @GetMapping(path = "/api/vantetider", produces = MediaType.APPLICATION_JSON_VALUE)
    public Vantetider.Rapport vantetider(@RequestParam(required = false) String sektion,
                                         @RequestParam(defaultValue = "true") boolean arenden) {
        if (sektion != null && !sektion.isBlank()) {
            Sektion vald = behorighet.sektion(sektion);
            if (vald == Sektion.ADMINISTRATIONEN) {
                throw new OgiltigBegaranException("Administrationen har inga egna ärenden att följa.");
            }
            return vantetider.rapport(false, List.of(vald.gruppId()), arenden);
        }
        Siffrornasbehorighet.Urval urval = behorighet.urval();
        if (!urval.helaEnheten() && urval.sektioner().isEmpty()) {
            throw new EjBehorigException("Väntetiderna är för ledningen och sektionernas gruppledare och biträdande enhetschefer.");
        }
        return vantetider.rapport(urval.helaEnheten(), urval.sektioner(), arenden);
    }
}
