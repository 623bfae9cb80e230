package se.hemvag.security;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTP Basic against Camunda's identity for the engine's REST API (Camunda Modeler deploys
 * through it) and for Hemväg's own API, whose reads also accept the webapps' login
 * ({@link WebbsessionEllerBasic}). The webapps keep their own session login.
 * Anonymous or wrong credentials get 401; who is logged in is then the engine's current
 * authentication, so engine authorizations apply to every call made on the user's behalf.
 */
@Configuration
class RestAutentisering {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAutentiseringFilter(ProcessEngine motorn,
            @Value("${hemvag.rest.inloggning-minns:PT10S}") Duration inloggningMinns) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registrering =
                new FilterRegistrationBean<>(new MedKandMotor(motorn, new WebbsessionEllerBasic(inloggningMinns, System::nanoTime)));
        registrering.setName("hemvag-rest-autentisering");
        // before the access log, which needs to know who is calling
        registrering.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        registrering.addUrlPatterns("/engine-rest/*", "/api/*", "/v3/*");
        registrering.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                WebbsessionEllerBasic.class.getName());
        return registrering;
    }

    /**
     * Camunda's filter, given the app's one engine: its own lookup loads the engine providers with a
     * ServiceLoader on every request, a scan of the class path that in the packaged jar waits on Spring
     * Boot's nested-jar lock when many requests come at once. An unknown engine name is answered as before.
     */
    static class MedKandMotor extends ProcessEngineAuthenticationFilter {

        private final ProcessEngine motorn;
        private final WebbsessionEllerBasic inloggning;

        MedKandMotor(ProcessEngine motorn, WebbsessionEllerBasic inloggning) {
            this.motorn = motorn;
            this.inloggning = inloggning;
        }

        /** Camunda's init makes the provider from its class name; the app's own, with its settings, takes its place. */
        @Override
        public void init(FilterConfig konfiguration) throws ServletException {
            super.init(konfiguration);
            authenticationProvider = inloggning;
        }

        @Override
        protected ProcessEngine getAddressedEngine(String namn) {
            return motorn.getName().equals(namn) ? motorn : null;
        }
    }
}
