package se.hemvag.klientvy;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.hemvag.klientvy.Klientvyn.Klienthistorik;

/** The client's history, reached through one of the client's cases (Tasklist's tab, Cockpit's tab, the API). */
@RestController
class KlientvyController {

    private final Klientvyn klientvyn;

    KlientvyController(Klientvyn klientvyn) {
        this.klientvyn = klientvyn;
    }

    @GetMapping("/api/uppgifter/{uppgiftId}/klienthistorik")
    public Klienthistorik klienthistorikForUppgift(@PathVariable String uppgiftId) {
        return klientvyn.forUppgift(uppgiftId);
    }

    @GetMapping("/api/processinstanser/{processinstansId}/klienthistorik")
    public Klienthistorik klienthistorikForProcessinstans(@PathVariable String processinstansId) {
        return klientvyn.forProcessinstans(processinstansId);
    }

    @GetMapping("/api/arenden/{arendenummer}/klienthistorik")
    public Klienthistorik klienthistorik(@PathVariable String arendenummer) {
        return klientvyn.forArende(arendenummer);
    }
}
