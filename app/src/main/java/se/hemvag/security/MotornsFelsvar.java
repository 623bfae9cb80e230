package se.hemvag.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.hemvag.delat.EjBehorigException;

/**
 * Camunda's REST API answers 500 for much that is the caller's mistake: a missing field
 * ({@code workerId is null}, a DTO without its list), an id that names nothing, a deployment still
 * in use. A 500 says the server failed; these did not. This filter, innermost on both of the
 * engine API's roots (/engine-rest and the webapps' /camunda/api/engine), turns them into 400, 404
 * or 409 with a Swedish message, the engine's own words kept as {@code detalj}. What remains a 500
 * is what the engine reports as its own failure (the database, a bug). A 400 that carries one of
 * Hemväg's Swedish messages loses the engine's English prefix and the task's id.
 */
@Configuration
class MotornsFelsvar {

    /** The engine's exceptions that, answered with 500, were caused by the request. */
    private static final Set<String> BEGARANS_FEL = Set.of("NullPointerException", "NullValueException", "InvalidRequestException",
            "BadUserRequestException", "NotValidException", "NotFoundException", "ProcessEngineException", "RestException",
            "IllegalArgumentException", "ProcessEngineCdiException", "MismatchingMessageCorrelationException",
            "OptimisticLockingException", "TaskAlreadyClaimedException");
    /** Hemväg's own refusals, when a step inside the engine throws them: what they mean over HTTP. */
    private static final Map<String, Integer> HEMVAGS_EGNA = Map.of("KonfliktException", HttpServletResponse.SC_CONFLICT,
            "ArendeSaknasException", HttpServletResponse.SC_NOT_FOUND, "OgiltigBegaranException", HttpServletResponse.SC_BAD_REQUEST,
            "EjBehorigException", HttpServletResponse.SC_FORBIDDEN);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the engine's REST API puts before a message: "Cannot submit task form <id>: ", "ENGINE-12345 ". */
    private static final Pattern TEKNISK_INLEDNING = Pattern.compile("^(?:(?:Cannot [A-Za-z ]+ \\S+|ENGINE-\\d+): ?)+");
    /** Swedish letters, or the words Hemväg's messages are made of. */
    private static final Pattern SVENSKA = Pattern.compile("[åäöÅÄÖ]|\\b(ange|saknas|ska|får|måste|inte|finns|kan|fältet)\\b",
            Pattern.CASE_INSENSITIVE);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> motornsFelsvarFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registrering = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getServletPath().startsWith("/camunda/api/engine")
                        && String.valueOf(request.getPathInfo()).endsWith("/external-task/fetchAndLock")) {
                    // the webapps' engine servlet cannot hold a request open (Camunda registers it without
                    // async support), so long polling always failed there; Hemväg has no external tasks anyway
                    skriv(response, HttpServletResponse.SC_NOT_FOUND, Map.of("type", "NotFoundException", "message",
                            "Hemväg har inga externa uppgifter att hämta; använd /engine-rest om en extern tjänst någon gång behövs."));
                    return;
                }
                ContentCachingResponseWrapper svar = new ContentCachingResponseWrapper(response);
                chain.doFilter(request, svar);
                byte[] andrat = svar.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR ? omTolka(svar)
                        : svar.getStatus() == HttpServletResponse.SC_BAD_REQUEST ? utanTekniskInledning(svar) : null;
                if (andrat != null) {
                    svar.resetBuffer();
                    svar.getOutputStream().write(andrat);
                }
                svar.copyBodyToResponse();
            }
        });
        registrering.setName("hemvag-motorns-felsvar");
        registrering.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        // innermost, inside the access log, which then records what the user got
        registrering.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registrering;
    }

    private static void skriv(HttpServletResponse response, int status, Map<String, String> kropp) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(kropp));
    }

    /**
     * A refused form reaches the caseworker as "Cannot submit task form 5f2c…: Ange …": the engine's
     * English and the task's id before Hemväg's Swedish message. Only the message is kept.
     */
    private static byte[] utanTekniskInledning(ContentCachingResponseWrapper svar) throws IOException {
        JsonNode fel;
        try {
            fel = JSON.readTree(svar.getContentAsByteArray());
        } catch (IOException e) {
            return null;
        }
        String meddelande = fel == null ? "" : fel.path("message").asText("");
        String egen = egetMeddelande(meddelande);
        if (egen == null || egen.equals(meddelande)) {
            return null;
        }
        Map<String, Object> kropp = new LinkedHashMap<>();
        kropp.put("type", fel.path("type").asText());
        kropp.put("message", egen);
        return JSON.writeValueAsString(kropp).getBytes(StandardCharsets.UTF_8);
    }

    /** Hemväg's own (Swedish) message at the end of an engine message, or null if there is none. */
    static String egetMeddelande(String motorn) {
        String egen = TEKNISK_INLEDNING.matcher(motorn).replaceFirst("").strip();
        return SVENSKA.matcher(egen).find() ? egen : null;
    }

    /** The new body, with the status set, or null when the 500 stands. */
    static byte[] omTolka(ContentCachingResponseWrapper svar) throws IOException {
        JsonNode fel;
        try {
            fel = JSON.readTree(svar.getContentAsByteArray());
        } catch (IOException e) {
            return null;
        }
        String typ = fel == null ? "" : fel.path("type").asText();
        Integer hemvags = HEMVAGS_EGNA.get(typ);
        if (hemvags != null) {
            // a step of Hemväg's own refused, inside the engine: its status, its (Swedish) message
            svar.setStatus(hemvags);
            return JSON.writeValueAsString(Map.of("type", typ, "message", fel.path("message").asText()))
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (!BEGARANS_FEL.contains(typ)) {
            return null;
        }
        String motorn = fel.path("message").asText("");
        String lag = motorn.toLowerCase();
        int status;
        String meddelande;
        if (typ.equals("OptimisticLockingException") || motorn.contains("ENGINE-03005") || motorn.contains("samtidigt")) {
            status = HttpServletResponse.SC_CONFLICT;
            meddelande = "Någon annan ändrade samma ärende samtidigt. Ladda om och försök igen; inget sparades.";
        } else if (typ.equals("TaskAlreadyClaimedException")) {
            status = HttpServletResponse.SC_CONFLICT;
            meddelande = "Uppgiften har redan en annan handläggare.";
        } else if (typ.equals("MismatchingMessageCorrelationException") || lag.contains("has no current activity")) {
            status = HttpServletResponse.SC_CONFLICT;
            meddelande = "Ärendet väntar inte längre på det här steget; ladda om ärendet.";
        } else if (motorn.contains("ENGINE-03076")) {
            status = HttpServletResponse.SC_CONFLICT;
            meddelande = "Driftsättningen har pågående ärenden och kan inte tas bort. Flytta ärendena till en ny version först.";
        } else if (lag.contains("part of a running process")) {
            status = HttpServletResponse.SC_CONFLICT;
            meddelande = "Uppgiften hör till en pågående process och kan inte tas bort; den avslutas genom sitt formulär.";
        } else if (lag.contains("cannot find task")) {
            // the other of two who submitted the same task at once, or a task already completed
            status = HttpServletResponse.SC_NOT_FOUND;
            meddelande = "Uppgiften finns inte längre; den kan redan vara slutförd. Uppdatera uppgiftslistan.";
        } else if (lag.contains("not found") || lag.contains("no deployed") || lag.contains("doesn't exist")
                || lag.contains("does not exist") || lag.contains("no job found") || lag.contains("no resource found")
                || lag.contains("no subscriptions were found")) {
            status = HttpServletResponse.SC_NOT_FOUND;
            meddelande = "Det som begäran pekar på finns inte.";
        } else {
            status = HttpServletResponse.SC_BAD_REQUEST;
            meddelande = "Begäran saknar uppgifter som krävs eller har fel form och utfördes inte.";
        }
        // Hemväg's own refusals are Swedish: the engine wraps them ("Cannot instantiate …: <ours>"), so ours is shown
        String egen = egetMeddelande(motorn);
        if (egen != null) {
            meddelande = egen;
        }
        Map<String, Object> kropp = new LinkedHashMap<>();
        kropp.put("type", typ);
        kropp.put("message", meddelande);
        kropp.put("detalj", motorn);
        svar.setStatus(status);
        return JSON.writeValueAsString(kropp).getBytes(StandardCharsets.UTF_8);
    }
}
