package se.hemvag.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
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
    /** Deployments and attachments: the same as Spring's multipart limit (application.yaml). */
    static final long STORSTA_MULTIPART = 5 * 1024 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> hardadeSvarFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registrering = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                sakerhetshuvuden(response, "default-src 'none'; frame-ancestors 'none'");
                response.setHeader("Cache-Control", "no-store");
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

    /**
     * A request body larger than the APIs ever need is refused before anything reads it (HTTP 413),
     * whether it declares its length or not: a chunked body is read up to the limit and no further,
     * so neither the engine's REST API (deployments, attachments, variable uploads) nor the
     * webapps' API sees a body over the limit.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> begransadKroppFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registrering = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String typ = request.getContentType();
                boolean multipart = typ != null && typ.toLowerCase().startsWith("multipart/");
                long grans = multipart ? STORSTA_MULTIPART : STORSTA_KROPP;
                long langd = request.getContentLengthLong();
                if (langd > grans) {
                    forStor(response, grans);
                    return;
                }
                if (langd < 0 && request.getHeader("Transfer-Encoding") != null) {
                    byte[] kropp = request.getInputStream().readNBytes((int) grans + 1);
                    if (kropp.length > grans) {
                        forStor(response, grans);
                        return;
                    }
                    chain.doFilter(new LastKropp(request, kropp), response);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registrering.setName("hemvag-begransad-kropp");
        registrering.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
        registrering.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registrering;
    }

    private static void forStor(HttpServletResponse response, long grans) throws IOException {
        Problemsvar.skriv(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "För stor begäran",
                "Begäran är större än " + grans / 1024 + " kB och togs inte emot.");
    }

    /** A request whose body has been read already, up to the limit. */
    private static final class LastKropp extends HttpServletRequestWrapper {

        private final byte[] kropp;

        LastKropp(HttpServletRequest request, byte[] kropp) {
            super(request);
            this.kropp = kropp;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(kropp);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("läses synkront");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String teckenkodning = getCharacterEncoding() != null ? getCharacterEncoding() : StandardCharsets.UTF_8.name();
            return new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(teckenkodning)));
        }

        @Override
        public int getContentLength() {
            return kropp.length;
        }

        @Override
        public long getContentLengthLong() {
            return kropp.length;
        }
    }

    /** Hemväg's own pages (EgnaSidor): their scripts and styles, and the API, nothing else. */
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
        for (String sida : EgnaSidor.SIDOR) {
            registrering.addUrlPatterns("/" + sida + "/*");
        }
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
