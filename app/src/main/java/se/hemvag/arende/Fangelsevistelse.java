package se.hemvag.arende;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client serving a short prison sentence keeps the case: the caseworker phones the prison
 * {@code hemvag.arende.ring-anstalten-fore-frigivning} (default two months) before release, so the
 * client knows contact can resume and planning starts from prison. ArendeProcess asks by name.
 */
@Component("fangelsevistelse")
public class Fangelsevistelse {

    private final Arenden arenden;
    private final Clock clock;
    private final Period fore;

    Fangelsevistelse(Arenden arenden, Clock clock,
                     @Value("${hemvag.arende.ring-anstalten-fore-frigivning:P2M}") String fore) {
        this.arenden = arenden;
        this.clock = clock;
        try {
            this.fore = Period.parse(fore);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("hemvag.arende.ring-anstalten-fore-frigivning ska vara en ISO 8601-period som P2M, inte '"
                    + fore + "'.", e);
        }
    }

    /** When the task to phone the prison appears: the lead time before release, or now if that has passed. */
    @Transactional(readOnly = true)
    public Date ringAnstalten(Long arendeId) {
        LocalDate frigivning = arenden.hamta(arendeId).getFrigivningsdatum();
        Instant dags = frigivning.minus(fore).atStartOfDay(clock.getZone()).toInstant();
        return Date.from(dags.isBefore(clock.instant()) ? clock.instant() : dags);
    }
}
