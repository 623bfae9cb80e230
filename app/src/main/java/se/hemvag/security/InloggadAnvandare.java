package se.hemvag.security;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import se.hemvag.delat.EjBehorigException;

/**
 * Who is working right now, as the engine knows it: set by the webapps' login for Tasklist work
 * and by the HTTP Basic filter for the REST APIs.
 */
@Component
public class InloggadAnvandare {

    /** What a step done by the application itself (demo data, timers) is recorded as. */
    public static final String SYSTEM = "system";

    private final IdentityService identityService;

    InloggadAnvandare(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String id() {
        Authentication inloggad = identityService.getCurrentAuthentication();
        return inloggad != null ? inloggad.getUserId() : SYSTEM;
    }

    /**
     * Runs an engine call on the application's behalf, after the app itself has checked that the
     * user may do what it does: sections have no UPDATE on process instances (that would open
     * other sections' cases), so e.g. a message to their own case is sent as the system.
     */
    public <T> T somSystem(Supplier<T> anrop) {
        Authentication inloggad = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return anrop.get();
        } finally {
            if (inloggad != null) {
                identityService.setAuthentication(inloggad);
            }
        }
    }

    public List<String> grupper() {
        Authentication inloggad = identityService.getCurrentAuthentication();
        return inloggad == null || inloggad.getGroupIds() == null ? List.of() : inloggad.getGroupIds();
    }

    /** Refuses (403, with the reason given) anyone outside the groups named. */
    public void krav(String nekad, String... gruppIds) {
        if (!tillhorNagon(gruppIds)) {
            throw new EjBehorigException(nekad);
        }
    }

    public boolean tillhorNagon(String... gruppIds) {
        List<String> mina = grupper();
        for (String grupp : gruppIds) {
            if (mina.contains(grupp)) {
                return true;
            }
        }
        return false;
    }
}
