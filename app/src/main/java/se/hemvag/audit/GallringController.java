package se.hemvag.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sektion.Grupper;

/** Ledning sees ahead of time what the nightly culling will take (a dry run: nothing changes). */
@RestController
class GallringController {

    private final Gallring gallring;
    private final InloggadAnvandare inloggad;

    GallringController(Gallring gallring, InloggadAnvandare inloggad) {
        this.gallring = gallring;
        this.inloggad = inloggad;
    }

    @GetMapping("/api/gallring")
    public Gallring.Rapport rapport() {
        inloggad.krav("Gallringsrapporten är för ledningen.", Grupper.LEDNING);
        return gallring.rapport();
    }

    /** The nightly culling runs on Spring's scheduler. */
    @Configuration
    @EnableScheduling
    static class Schemalaggning {
    }
}
