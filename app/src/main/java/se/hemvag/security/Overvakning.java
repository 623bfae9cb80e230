package se.hemvag.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import se.hemvag.sektion.Grupper;

/**
 * The metrics and the health checks' details are for operations' monitoring: the group overvakning
 * (and the bootstrap account). Anyone may ask the bare status of /actuator/health and its liveness and
 * readiness, which say UP or DOWN and nothing else.
 */
@Configuration
class Overvakning {

    /** Logged in through {@link RestAutentisering}, then checked here. */
    static final List<String> SKYDDADE = List.of("/actuator/prometheus", "/actuator/health/detaljer");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> overvakningensBehorighet(IdentityService identityService) {
        FilterRegistrationBean<OncePerRequestFilter> registrering = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Authentication vem = identityService.getCurrentAuthentication();
                List<String> grupper = vem == null || vem.getGroupIds() == null ? List.of() : vem.getGroupIds();
                if (!grupper.contains(Grupper.OVERVAKNING) && !grupper.contains(Groups.CAMUNDA_ADMIN)) {
                    Problemsvar.skriv(response, HttpServletResponse.SC_FORBIDDEN, "Bara för driftens övervakning",
                            "Mätvärdena och hälsokontrollernas detaljer läses av gruppen " + Grupper.OVERVAKNING + ".");
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registrering.setName("hemvag-overvakning");
        registrering.addUrlPatterns(SKYDDADE.toArray(String[]::new));
        // after the login (RestAutentisering), which sets who is calling
        registrering.setOrder(Ordered.LOWEST_PRECEDENCE - 90);
        return registrering;
    }
}
