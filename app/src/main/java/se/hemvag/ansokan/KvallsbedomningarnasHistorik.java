package se.hemvag.ansokan;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.delat.Historikkalla;

/**
 * The client view's part from here: the client's evening assessments (tak över huvudet). They
 * belong to the client, so all of them are shown, each with the case that was open then, if any.
 */
@Component
class KvallsbedomningarnasHistorik implements Historikkalla {

    private static final DateTimeFormatter KLOCKSLAG = DateTimeFormatter.ofPattern("HH:mm");

    private final TogBedomningRepository bedomningar;
    private final Clock clock;

    KvallsbedomningarnasHistorik(TogBedomningRepository bedomningar, Clock clock) {
        this.bedomningar = bedomningar;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Historikpost> poster(Collection<Long> arendeIds, Long klientId) {
        if (klientId == null) {
            return List.of();
        }
        List<Historikpost> poster = new ArrayList<>();
        for (TogBedomning bedomning : bedomningar.findByKlientIdOrderByBedomd(klientId)) {
            if (bedomning.getBedomd() != null) {
                ZonedDateTime bedomd = bedomning.getBedomd().atZone(clock.getZone());
                poster.add(new Historikpost(bedomd.toLocalDate(), bedomning.getArendeId(),
                        "Kvällsbedömning (tak över huvudet)", text(bedomning, bedomd), bedomning.getBedomdAv()));
            }
        }
        return poster;
    }

    private static String text(TogBedomning bedomning, ZonedDateTime bedomd) {
        String text = "BEVILJAT".equals(bedomning.getBeslut())
                ? "Akut nattlogi beviljades kl. " + KLOCKSLAG.format(bedomd)
                        + (harText(bedomning.getNattlogi()) ? " (" + bedomning.getNattlogi().strip() + ")" : "") + "."
                : "Akut nattlogi avslogs kl. " + KLOCKSLAG.format(bedomd) + ".";
        if (harText(bedomning.getRegelnsForslag())) {
            text += " Regelns förslag: ”" + bedomning.getRegelnsForslag().strip() + "”.";
        }
        if (harText(bedomning.getMotivering())) {
            text += " Motivering: " + bedomning.getMotivering().strip();
        }
        return text;
    }

    private static boolean harText(String text) {
        return text != null && !text.isBlank();
    }
}
