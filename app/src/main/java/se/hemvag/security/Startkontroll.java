package se.hemvag.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile there are no default passwords: the app refuses to start unless the
 * administrator's password is set, long enough and not the demo password.
 */
@Component
@Profile("!demo")
class Startkontroll {

    static final int MINSTA_LANGD = 12;

    Startkontroll(@Value("${camunda.bpm.admin-user.id:}") String adminId,
                  @Value("${camunda.bpm.admin-user.password:}") String adminLosenord) {
        kontrollera(adminId, adminLosenord);
    }

    static void kontrollera(String adminId, String adminLosenord) {
        if (adminId == null || adminId.isBlank() || adminLosenord == null || adminLosenord.isBlank()) {
            throw new IllegalStateException("Hemväg startar inte: administratörens användare och lösenord saknas. Sätt "
                    + "camunda.bpm.admin-user.id och camunda.bpm.admin-user.password (i docker-compose: HEMVAG_ADMIN_PASSWORD), "
                    + "eller kör med Spring-profilen demo för demoanvändare.");
        }
        if (adminLosenord.length() < MINSTA_LANGD || adminLosenord.equalsIgnoreCase("demo")) {
            throw new IllegalStateException("Hemväg startar inte: administratörens lösenord måste ha minst " + MINSTA_LANGD
                    + " tecken och får inte vara demolösenordet.");
        }
    }
}
