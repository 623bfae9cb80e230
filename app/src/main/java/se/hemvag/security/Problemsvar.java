package se.hemvag.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An RFC 9457 problem answer written by a servlet filter, where the controllers' error handling does not reach. */
public final class Problemsvar {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problemsvar() {
    }

    public static void skriv(HttpServletResponse response, int status, String titel, String detalj) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", titel);
        problem.put("status", status);
        problem.put("detail", detalj);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
