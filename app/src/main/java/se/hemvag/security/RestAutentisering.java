package se.hemvag.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
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
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAutentiseringFilter(ProcessEngine motorn) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registrering =
                new FilterRegistrationBean<>(new MedKandMotor(motorn));
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

        MedKandMotor(ProcessEngine motorn) {
            this.motorn = motorn;
        }

        @Override
        protected ProcessEngine getAddressedEngine(String namn) {
            return motorn.getName().equals(namn) ? motorn : null;
        }
    }
}
