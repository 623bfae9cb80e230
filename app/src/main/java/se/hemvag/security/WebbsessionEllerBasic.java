package se.hemvag.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * HTTP Basic, and for reads of Hemväg's own API also the webapps' login: a manager who came from
 * Cockpit to the unit's dashboard reads the figures without logging in again. Writes need Basic,
 * except the few a page inside the webapps makes ({@link #SKRIVNINGAR_FRAN_WEBBAPPARNA}), which
 * need the webapps' CSRF token too, so the webapp session cannot be used for forged changes.
 * A page's script (X-Requested-With) that is refused gets a plain 401, not the Basic challenge
 * that would make the browser open its login dialog.
 *
 * <p>Every Basic call would otherwise cost three engine transactions before its work begins (the
 * password, the groups, the tenants). A correct login is therefore remembered for a short while
 * (hemvag.rest.inloggning-minns, default ten seconds; zero turns it off), by a salted hash of the
 * header and never the password, with the user's groups and tenants: a changed password, a removed
 * user or a changed membership reaches a REST client within that time. A wrong password is never
 * remembered and is checked, and counted by the engine, every time. A webapp session's reads use
 * the groups the session already holds, as the webapps themselves do.
 */
public class WebbsessionEllerBasic extends HttpBasicAuthenticationProvider {

    /** Set per request by extract…, read by augment…, which the filter calls next on the same thread. */
    private static final ThreadLocal<Boolean> FRAN_SKRIPT = new ThreadLocal<>();
    private static final String BASIC = "Basic ";
    private static final int HOGST_MINDA = 10_000;
    /** Writes that a page inside the webapps makes with their login: the process owner's moves of cases in Cockpit. */
    static final Set<String> SKRIVNINGAR_FRAN_WEBBAPPARNA = Set.of("/api/processversioner/flyttplan", "/api/processversioner/flytt");

    private record Verifierad(String anvandare, List<String> grupper, List<String> tenants, long giltigTill) {
    }

    private final long giltighetNanos;
    private final LongSupplier klocka;
    private final byte[] salt = new byte[16];
    private final Map<String, Verifierad> verifierade = new ConcurrentHashMap<>();

    /** As Camunda's filter makes it from its init parameter: without memory, until the app sets its own. */
    public WebbsessionEllerBasic() {
        this(Duration.ZERO, System::nanoTime);
    }

    WebbsessionEllerBasic(Duration minns, LongSupplier klocka) {
        this.giltighetNanos = minns.toNanos();
        this.klocka = klocka;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        FRAN_SKRIPT.set(request.getHeader("X-Requested-With") != null);
        String sokvag = request.getRequestURI().substring(request.getContextPath().length());
        String huvud = request.getHeader("Authorization");
        boolean lasningAvApiet = "GET".equals(request.getMethod()) && sokvag.startsWith("/api/");
        // the address as sent and as Tomcat resolved it must agree: no /api/processversioner/../ elsewhere
        boolean skrivningFranWebbapparna = "POST".equals(request.getMethod()) && SKRIVNINGAR_FRAN_WEBBAPPARNA.contains(sokvag)
                && sokvag.equals(request.getServletPath() + Objects.toString(request.getPathInfo(), "")) && webbapparnasToken(request);
        if ((lasningAvApiet || skrivningFranWebbapparna) && huvud == null) {
            HttpSession session = request.getSession(false);
            Authentications webbapparna = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
            Authentication inloggning = webbapparna == null ? null
                    : webbapparna.getAuthenticationForProcessEngine(engine.getName());
            if (inloggning != null) {
                AuthenticationResult resultat = AuthenticationResult.successful(inloggning.getName());
                if (inloggning instanceof UserAuthentication anvandare) {
                    resultat.setGroups(anvandare.getGroupIds());
                    resultat.setTenants(anvandare.getTenantIds());
                }
                if (skrivningFranWebbapparna) {
                    // a write counts the groups the user has now, not those of the session's login
                    resultat.setGroups(engine.getIdentityService().createGroupQuery().groupMember(inloggning.getName()).list()
                            .stream().map(Group::getId).toList());
                }
                return resultat;
            }
        }
        if (giltighetNanos <= 0 || huvud == null || !huvud.startsWith(BASIC)) {
            return super.extractAuthenticatedUser(request, engine);
        }
        String nyckel = engine.getName() + ":" + hash(huvud);
        Verifierad minns = verifierade.get(nyckel);
        if (minns != null && minns.giltigTill() - klocka.getAsLong() > 0) {
            return resultat(minns);
        }
        AuthenticationResult resultat = super.extractAuthenticatedUser(request, engine);
        if (!resultat.isAuthenticated()) {
            return resultat;
        }
        String anvandare = resultat.getAuthenticatedUser();
        List<String> grupper = engine.getIdentityService().createGroupQuery().groupMember(anvandare).list().stream()
                .map(Group::getId).toList();
        List<String> tenants = engine.getIdentityService().createTenantQuery().userMember(anvandare).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).toList();
        Verifierad verifierad = new Verifierad(anvandare, grupper, tenants, klocka.getAsLong() + giltighetNanos);
        if (verifierade.size() >= HOGST_MINDA) {
            long nu = klocka.getAsLong();
            verifierade.values().removeIf(v -> v.giltigTill() - nu <= 0);
        }
        if (verifierade.size() < HOGST_MINDA) {
            verifierade.put(nyckel, verifierad);
        }
        return resultat(verifierad);
    }

    /**
     * The webapps' own CSRF token, sent back by a page inside them: the header equals the token the
     * session holds. A page elsewhere cannot read it, so it cannot forge the write.
     */
    private static boolean webbapparnasToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object sessionens = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String skickad = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return sessionens != null && skickad != null && MessageDigest.isEqual(sessionens.toString().getBytes(StandardCharsets.UTF_8),
                skickad.getBytes(StandardCharsets.UTF_8));
    }

    private static AuthenticationResult resultat(Verifierad verifierad) {
        AuthenticationResult resultat = AuthenticationResult.successful(verifierad.anvandare());
        resultat.setGroups(verifierad.grupper());
        resultat.setTenants(verifierad.tenants());
        return resultat;
    }

    private String hash(String huvud) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return HexFormat.of().formatHex(sha.digest(huvud.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        boolean franSkript = Boolean.TRUE.equals(FRAN_SKRIPT.get());
        FRAN_SKRIPT.remove();
        if (!franSkript) {
            super.augmentResponseByAuthenticationChallenge(response, engine);
        }
    }
}
