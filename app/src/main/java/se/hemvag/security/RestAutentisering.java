package se.hemvag.security;

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
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAutentiseringFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registrering =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registrering.setName("hemvag-rest-autentisering");
        // before the access log, which needs to know who is calling
        registrering.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        registrering.addUrlPatterns("/engine-rest/*", "/api/*", "/v3/*");
        registrering.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                WebbsessionEllerBasic.class.getName());
        return registrering;
    }
}
