package se.hemvag.klient;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** What tests of other modules read from the client register, whose repository is the module's own. */
@Component
public class KlientTabeller {

    private final KlientRepository klienter;

    KlientTabeller(KlientRepository klienter) {
        this.klienter = klienter;
    }

    public long antal() {
        return klienter.count();
    }

    public Klient hamta(Long id) {
        return klienter.findById(id).orElseThrow();
    }

    public Optional<Klient> medIdentitetsnummer(String identitetsnummer) {
        return klienter.findByIdentitetsnummer(identitetsnummer);
    }
}
