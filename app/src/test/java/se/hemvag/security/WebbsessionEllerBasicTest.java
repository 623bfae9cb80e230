package se.hemvag.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * REST logins: a correct Basic login is remembered for the set time with its groups (no password,
 * group or tenant look-up within it), a wrong one never; with no time set every call is checked;
 * a webapp session's reads of the API use the session's groups.
 */
class WebbsessionEllerBasicTest {

    private final AtomicLong nu = new AtomicLong();
    private final ProcessEngine motorn = mock(ProcessEngine.class);
    private final IdentityService identitet = mock(IdentityService.class);
    private final GroupQuery grupper = mock(GroupQuery.class, RETURNS_SELF);
    private final TenantQuery tenants = mock(TenantQuery.class, RETURNS_SELF);

    @BeforeEach
    void motor() {
        when(motorn.getName()).thenReturn("default");
        when(motorn.getIdentityService()).thenReturn(identitet);
        when(identitet.checkPassword("handlaggare-vuxen", "ratt")).thenReturn(true);
        when(identitet.checkPassword("handlaggare-vuxen", "fel")).thenReturn(false);
        when(identitet.createGroupQuery()).thenReturn(grupper);
        when(identitet.createTenantQuery()).thenReturn(tenants);
        Group vuxen = mock(Group.class);
        when(vuxen.getId()).thenReturn("vuxen");
        when(grupper.list()).thenReturn(List.of(vuxen));
        when(tenants.list()).thenReturn(List.of());
    }

    @Test
    void enRattInloggningMinnsUnderDenSattaTidenMedSinaGrupper() {
        WebbsessionEllerBasic inloggning = new WebbsessionEllerBasic(Duration.ofSeconds(10), nu::get);

        AuthenticationResult forsta = inloggning.extractAuthenticatedUser(basic("handlaggare-vuxen", "ratt"), motorn);
        nu.addAndGet(Duration.ofSeconds(9).toNanos());
        AuthenticationResult andra = inloggning.extractAuthenticatedUser(basic("handlaggare-vuxen", "ratt"), motorn);

        assertThat(List.of(forsta, andra)).allSatisfy(resultat -> {
            assertThat(resultat.isAuthenticated()).isTrue();
            assertThat(resultat.getAuthenticatedUser()).isEqualTo("handlaggare-vuxen");
            assertThat(resultat.getGroups()).containsExactly("vuxen");
            assertThat(resultat.getTenants()).isEmpty();
        });
        verify(identitet, times(1)).checkPassword("handlaggare-vuxen", "ratt");
        verify(grupper, times(1)).list();

        nu.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(inloggning.extractAuthenticatedUser(basic("handlaggare-vuxen", "ratt"), motorn).isAuthenticated()).isTrue();
        verify(identitet, times(2)).checkPassword("handlaggare-vuxen", "ratt");
    }

    @Test
    void ettFelLosenordMinnsAldrigOchEttAnnatLosenordProvasForSig() {
        WebbsessionEllerBasic inloggning = new WebbsessionEllerBasic(Duration.ofSeconds(10), nu::get);
        inloggning.extractAuthenticatedUser(basic("handlaggare-vuxen", "ratt"), motorn);

        for (int i = 0; i < 3; i++) {
            assertThat(inloggning.extractAuthenticatedUser(basic("handlaggare-vuxen", "fel"), motorn).isAuthenticated()).isFalse();
        }
        verify(identitet, times(3)).checkPassword("handlaggare-vuxen", "fel");
    }

    @Test
    void utanSattTidProvasVarjeAnrop() {
        WebbsessionEllerBasic inloggning = new WebbsessionEllerBasic();

        inloggning.extractAuthenticatedUser(basic("handlaggare-vuxen", "ratt"), motorn);
        inloggning.extractAuthenticatedUser(basic("handlaggare-vuxen", "ratt"), motorn);

        verify(identitet, times(2)).checkPassword("handlaggare-vuxen", "ratt");
        verify(grupper, never()).list();
    }

    @Test
    void webbsessionensLasningarAvApietHarSessionensGrupper() {
        UserAuthentication session = new UserAuthentication("ledning-anna", "default");
        session.setGroupIds(List.of("ledning"));
        session.setTenantIds(List.of());
        Authentications inloggade = new Authentications();
        inloggade.addOrReplace(session);
        MockHttpServletRequest begaran = new MockHttpServletRequest("GET", "/api/indikatorer");
        org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil.updateSession(begaran.getSession(true), inloggade);

        AuthenticationResult resultat = new WebbsessionEllerBasic(Duration.ofSeconds(10), nu::get)
                .extractAuthenticatedUser(begaran, motorn);

        assertThat(resultat.getAuthenticatedUser()).isEqualTo("ledning-anna");
        assertThat(resultat.getGroups()).containsExactly("ledning");
        verify(identitet, never()).checkPassword(anyString(), anyString());
        verify(grupper, never()).list();
    }

    @Test
    void processagarensSidaISkrivetMedSessionenBaraMedWebbapparnasToken() {
        UserAuthentication session = new UserAuthentication("processagare", "default");
        session.setGroupIds(List.of("processagare"));
        session.setTenantIds(List.of());
        Authentications inloggade = new Authentications();
        inloggade.addOrReplace(session);
        WebbsessionEllerBasic inloggning = new WebbsessionEllerBasic(Duration.ofSeconds(10), nu::get);

        MockHttpServletRequest medToken = skrivning("/api/processversioner/flytt", inloggade, "token-1");
        assertThat(inloggning.extractAuthenticatedUser(medToken, motorn).getAuthenticatedUser()).isEqualTo("processagare");

        MockHttpServletRequest felToken = skrivning("/api/processversioner/flytt", inloggade, "token-2");
        MockHttpServletRequest annanSkrivning = skrivning("/api/arenden/2026-1/avslut", inloggade, "token-1");
        MockHttpServletRequest utanToken = skrivning("/api/processversioner/flytt", inloggade, null);
        MockHttpServletRequest vidare = skrivning("/api/processversioner/../../engine-rest/task/1/complete", inloggade, "token-1");
        vidare.setServletPath("/engine-rest");
        vidare.setPathInfo("/task/1/complete");
        for (MockHttpServletRequest nekad : List.of(felToken, annanSkrivning, utanToken, vidare)) {
            assertThat(inloggning.extractAuthenticatedUser(nekad, motorn).isAuthenticated()).as(nekad.getRequestURI()).isFalse();
        }
    }

    private static MockHttpServletRequest skrivning(String sokvag, Authentications inloggade, String token) {
        MockHttpServletRequest begaran = new MockHttpServletRequest("POST", sokvag);
        // Spring's DispatcherServlet is mapped at "/": the servlet path is the whole path
        begaran.setServletPath(sokvag);
        org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil.updateSession(begaran.getSession(true), inloggade);
        begaran.getSession().setAttribute("CAMUNDA_CSRF_TOKEN", "token-1");
        if (token != null) {
            begaran.addHeader("X-XSRF-TOKEN", token);
        }
        return begaran;
    }

    private static MockHttpServletRequest basic(String anvandare, String losenord) {
        MockHttpServletRequest begaran = new MockHttpServletRequest("POST", "/engine-rest/task/1/complete");
        begaran.addHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((anvandare + ":" + losenord).getBytes(StandardCharsets.UTF_8)));
        return begaran;
    }
}
