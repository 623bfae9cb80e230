package se.hemvag.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The APIs' answers carry client data: browsers must not cache, sniff or frame them. A request
 * body larger than the APIs ever need is refused before anything reads it (HTTP 413). The
 * webapps set their own security headers (Camunda's header security) and CSRF protection; the
 * dashboard page gets a policy of its own.
 */
@Configuration
class HardadeSvar {

    /** Far above any form or application; BPMN deployments are multipart and have their own limit. */
    static final long STORSTA_KROPP = 1024 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> hardadeSvarFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registrering = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                sakerhetshuvuden(response, "default-src 'none'; frame-ancestors 'none'");
                response.setHeader("Cache-Control", "no-store");
                String typ = request.getContentType();
                boolean multipart = typ != null && typ.toLowerCase().startsWith("multipart/");
                if (!multipart && request.getContentLengthLong() > STORSTA_KROPP) {
                    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                    response.setContentType("application/problem+json");
                    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                    response.getWriter().write("{\"title\":\"För stor begäran\",\"status\":413,\"detail\":\"Begäran är större än "
                            + STORSTA_KROPP / 1024 + " kB och togs inte emot.\"}");
                    return;
                }
                chain.doFilter(request, new HttpServletResponseWrapper(response) {
                    // the engine's REST API would weaken it to no-cache
                    @Override
                    public void setHeader(String namn, String varde) {
                        if (!"Cache-Control".equalsIgnoreCase(namn)) {
                            super.setHeader(namn, varde);
                        }
                    }

                    @Override
                    public void addHeader(String namn, String varde) {
                        if (!"Cache-Control".equalsIgnoreCase(namn)) {
                            super.addHeader(namn, varde);
                        }
                    }
                });
            }
        });
        registrering.setName("hemvag-hardade-svar");
        registrering.addUrlPatterns("/api/*", "/engine-rest/*");
        registrering.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registrering;
    }

    /** The managers' dashboard is a page of the app's own: its scripts and styles, and the API, nothing else. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> hardadSidaFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registrering = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                sakerhetshuvuden(response, "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none';"
                        + " form-action 'none'; frame-ancestors 'none'");
                chain.doFilter(request, response);
            }
        });
        registrering.setName("hemvag-hardad-sida");
        registrering.addUrlPatterns("/enhetens-resultat/*");
        registrering.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registrering;
    }

    /** Not sniffed, not framed, no referrer, and what the content may load. */
    private static void sakerhetshuvuden(HttpServletResponse response, String innehallspolicy) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", innehallspolicy);
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
