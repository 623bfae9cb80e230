package se.hemvag.arende;

import java.time.Period;
import java.time.format.DateTimeParseException;
import se.hemvag.sektion.Sektion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings of the case process that the unit may change without a developer. ArendeProcess reads
 * them by bean name, e.g. the follow-up timer {@code ${arendeInstallningar.uppfoljningsintervall}}.
 */
@Component("arendeInstallningar")
public class ArendeInstallningar {

    private final String uppfoljningsintervall;
    private final Arenden arenden;

    ArendeInstallningar(@Value("${hemvag.arende.uppfoljningsintervall:P3M}") String uppfoljningsintervall, Arenden arenden) {
        this.arenden = arenden;
        try {
            Period.parse(uppfoljningsintervall);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("hemvag.arende.uppfoljningsintervall ska vara en ISO 8601-period som P3M, inte '"
                    + uppfoljningsintervall + "'.", e);
        }
        this.uppfoljningsintervall = uppfoljningsintervall;
    }

    /**
     * The section that handles the case now: the responsible one, or mottagningen while the belonging
     * investigation is under way and the case has none yet (contact attempts, closure).
     */
    public String handlaggandeSektion(Long arendeId) {
        String ansvarig = arenden.hamta(arendeId).getAnsvarigSektion();
        return ansvarig != null ? ansvarig : Sektion.MOTTAGNINGEN.gruppId();
    }

    /** Time between follow-ups with the client, ISO 8601 (default P3M: at least every third month). */
    public String getUppfoljningsintervall() {
        return uppfoljningsintervall;
    }
}
