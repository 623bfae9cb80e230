package se.hemvag.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import se.hemvag.sektion.Grupper;

/**
 * Everything under /actuator is for operations' monitoring: HTTP Basic, the group overvakning (or
 * the bootstrap account). Anyone may ask only the bare status, at exactly the three addresses an
 * orchestrator probes ({@link #OPPNA}); every other address there, whatever Spring would serve at
 * it, needs the login.
 */
@Configuration
class Overvakning {

    static final Set<String> OPPNA = Set.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> overvakningensBehorighet(ProcessEngine motorn,
            @Value("${hemvag.rest.inloggning-minns:PT10S}") Duration inloggningMinns) {
        WebbsessionEllerBasic inloggning = new WebbsessionEllerBasic(inloggningMinns, System::nanoTime);
        FilterRegistrationBean<OncePerRequestFilter> registrering = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String sokvag = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
                if (OPPNA.contains(sokvag) && "GET".equals(request.getMethod())) {
                    chain.doFilter(request, response);
                    return;
                }
                AuthenticationResult vem = inloggning.extractAuthenticatedUser(request, motorn);
                if (!vem.isAuthenticated()) {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Hemväg drift\"");
                    Problemsvar.skriv(response, HttpServletResponse.SC_UNAUTHORIZED, "Inloggning krävs",
                            "Mätvärdena och hälsokontrollernas detaljer kräver inloggning (HTTP Basic).");
                    return;
                }
                List<String> grupper = vem.getGroups() == null ? List.of() : vem.getGroups();
                if (!grupper.contains(Grupper.OVERVAKNING) && !grupper.contains(Groups.CAMUNDA_ADMIN)) {
                    Problemsvar.skriv(response, HttpServletResponse.SC_FORBIDDEN, "Bara för driftens övervakning",
                            "Mätvärdena och hälsokontrollernas detaljer läses av gruppen " + Grupper.OVERVAKNING + ".");
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registrering.setName("hemvag-overvakning");
        registrering.addUrlPatterns("/actuator", "/actuator/*");
        registrering.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return registrering;
    }
}
