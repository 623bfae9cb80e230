package se.hemvag.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/**
 * HTTP Basic, and for reads of Hemväg's own API also the webapps' login: a manager who came from
 * Cockpit to the unit's dashboard reads the figures without logging in again. Only GET: anything
 * that changes data still needs Basic, so the webapp session cannot be used for forged changes.
 * A page's script (X-Requested-With) that is refused gets a plain 401, not the Basic challenge
 * that would make the browser open its login dialog.
 */
public class WebbsessionEllerBasic extends HttpBasicAuthenticationProvider {

    /** Set per request by extract…, read by augment…, which the filter calls next on the same thread. */
    private static final ThreadLocal<Boolean> FRAN_SKRIPT = new ThreadLocal<>();

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        FRAN_SKRIPT.set(request.getHeader("X-Requested-With") != null);
        String sokvag = request.getRequestURI().substring(request.getContextPath().length());
        boolean lasningAvApiet = "GET".equals(request.getMethod()) && sokvag.startsWith("/api/");
        if (lasningAvApiet && request.getHeader("Authorization") == null) {
            HttpSession session = request.getSession(false);
            Authentications webbapparna = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
            Authentication inloggning = webbapparna == null ? null
                    : webbapparna.getAuthenticationForProcessEngine(engine.getName());
            if (inloggning != null) {
                return AuthenticationResult.successful(inloggning.getName());
            }
        }
        return super.extractAuthenticatedUser(request, engine);
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
