package se.hemvag.audit;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.delat.OgiltigBegaranException;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sektion.Grupper;

/** Ledningen reviews who read what: the access log by user, by case or by client, newest first. */
@Service
class Atkomstgranskning {

    static final int MAX_RADER = 5000;

    private final AtkomstRepository logg;
    private final InloggadAnvandare inloggad;

    Atkomstgranskning(AtkomstRepository logg, InloggadAnvandare inloggad) {
        this.logg = logg;
        this.inloggad = inloggad;
    }

    @Transactional(readOnly = true)
    public List<Atkomst> poster(String anvandare, String arendenummer, Long klientId) {
        inloggad.krav("Åtkomstloggen granskas av ledningen.", Grupper.LEDNING);
        PageRequest sida = PageRequest.of(0, MAX_RADER);
        if (anvandare != null && !anvandare.isBlank()) {
            return logg.findByAnvandareOrderByTidpunktDesc(anvandare.strip(), sida);
        }
        if (arendenummer != null && !arendenummer.isBlank()) {
            return logg.findByArendenummerOrderByTidpunktDesc(arendenummer.strip(), sida);
        }
        if (klientId != null) {
            return logg.findByKlientIdOrderByTidpunktDesc(klientId, sida);
        }
        throw new OgiltigBegaranException("Ange vad som ska granskas: anvandare, arendenummer eller klientId.");
    }
}
