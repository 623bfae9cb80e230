package se.hemvag.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.ArendeRepository;
import se.hemvag.security.InloggadAnvandare;

/**
 * Writes the access log (loggkontroll): every request that reads or changes a client's data
 * through Hemväg's API, the engine's REST API or the webapps (opening and completing a task,
 * reading a process instance's variables). Who it was comes from the login the request carried;
 * refused attempts are logged with their status.
 */
class Atkomstloggning extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(Atkomstloggning.class);
    private static final Pattern ARENDENUMMER = Pattern.compile("\\d{4}-\\d{5}");
    private static final Pattern API_ARENDE = Pattern.compile("^/api/arenden/([^/]+)(/.*)?$");
    private static final String MOTORN = "^/(?:engine-rest|camunda/api/engine/engine/[^/]+)";
    private static final Pattern UPPGIFT = Pattern.compile(MOTORN
            + "/task/([^/]+)/(form-variables|variables|localVariables|submit-form|complete|resolve|rendered-form)(/.*)?$");
    /** Tasklist's task list: each task shown with its case number and client name. */
    private static final Pattern UPPGIFTSLISTA = Pattern.compile(MOTORN + "/filter/[^/]+/list(/.*)?$");
    /** A section lead's review list: each open case with its client's name. */
    private static final Pattern GENOMGANGSLISTA = Pattern.compile("^/api/sektioner/[^/]+/arendegenomgang$");
    private static final Pattern PROCESSINSTANS = Pattern.compile(MOTORN + "/process-instance/([^/]+)/variables(/.*)?$");
    private static final int MAX_VAD = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtkomstRepository logg;
    private final ArendeRepository arenden;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final InloggadAnvandare inloggad;
    private final Clock clock;

    Atkomstloggning(AtkomstRepository logg, ArendeRepository arenden, TaskService taskService,
                    HistoryService historyService, IdentityService identityService, InloggadAnvandare inloggad, Clock clock) {
        this.logg = logg;
        this.arenden = arenden;
        this.taskService = taskService;
        this.historyService = historyService;
        this.identityService = identityService;
        this.inloggad = inloggad;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sokvag = request.getRequestURI().substring(request.getContextPath().length());
        String anvandare = anvandare(request);
        if (anvandare != null && UPPGIFTSLISTA.matcher(sokvag).matches()) {
            lista(request, response, chain, anvandare, "Uppgiftslista: ", Atkomstloggning::arendenummerIUppgifter);
            return;
        }
        if (anvandare != null && GENOMGANGSLISTA.matcher(sokvag).matches()) {
            lista(request, response, chain, anvandare, "Ärendegenomgång: ", svar -> svar.findValuesAsText("arendenummer"));
            return;
        }
        // a task is gone once completed, so its case is looked up before the request runs
        String arendenummerFore = anvandare == null ? null : arendenummerFore(sokvag);
        boolean galler = arendenummerFore != null || API_ARENDE.matcher(sokvag).matches() || sokvag.startsWith("/api/ansokningar");
        try {
            chain.doFilter(request, response);
        } finally {
            if (anvandare != null && galler) {
                // a new application's case is known only afterwards, from the response's Location
                String arendenummer = arendenummerFore != null ? arendenummerFore : arendenummerI(response.getHeader("Location"));
                if (arendenummer != null || !sokvag.startsWith("/api/ansokningar")) {
                    skriv(anvandare, "GET".equals(request.getMethod()) ? Atkomsttyp.LASNING : Atkomsttyp.ANDRING,
                            request.getMethod() + " " + sokvag, arendenummer, response.getStatus());
                }
            }
        }
    }

    /** One row per case the list showed: the list is read, whatever method it is asked with. */
    private void lista(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String anvandare,
                       String slag, Function<JsonNode, List<String>> arendenummerISvaret) throws ServletException, IOException {
        String vad = slag + request.getMethod() + " " + request.getRequestURI().substring(request.getContextPath().length());
        ContentCachingResponseWrapper kopia = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, kopia);
        } finally {
            Set<String> visade = new TreeSet<>();
            try {
                if (kopia.getContentSize() > 0) {
                    visade.addAll(arendenummerISvaret.apply(JSON.readTree(kopia.getContentAsByteArray())));
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Listan kunde inte läsas för åtkomstloggen ({} {})", anvandare, vad, e);
            }
            for (String arendenummer : visade) {
                skriv(anvandare, Atkomsttyp.LASNING, vad, arendenummer, kopia.getStatus());
            }
            kopia.copyBodyToResponse();
        }
    }

    /** Tasklist shows each task's case number as a variable named arendenummer. */
    private static List<String> arendenummerIUppgifter(JsonNode svar) {
        List<String> nummer = new ArrayList<>();
        for (JsonNode variabel : svar.findParents("name")) {
            if (ArendeProcessen.ARENDENUMMER.equals(variabel.path("name").asText()) && variabel.hasNonNull("value")) {
                nummer.add(variabel.get("value").asText());
            }
        }
        return nummer;
    }

    private void skriv(String anvandare, Atkomsttyp atgard, String vad, String arendenummer, int status) {
        String giltigt = arendenummer != null && ARENDENUMMER.matcher(arendenummer).matches() ? arendenummer : null;
        Long klientId = giltigt == null ? null
                : arenden.findByArendenummer(giltigt).map(a -> a.getKlient().getId()).orElse(null);
        try {
            logg.save(new Atkomst(clock.instant(), anvandare, atgard,
                    giltigt, klientId, vad.length() > MAX_VAD ? vad.substring(0, MAX_VAD) : vad, status));
        } catch (RuntimeException e) {
            log.error("Åtkomstloggen kunde inte skrivas för {} {} ({})", anvandare, vad, arendenummer, e);
        }
    }

    private static String arendenummerI(String location) {
        if (location == null) {
            return null;
        }
        Matcher api = API_ARENDE.matcher(location);
        return api.matches() ? api.group(1) : null;
    }

    private String arendenummerFore(String sokvag) {
        Matcher api = API_ARENDE.matcher(sokvag);
        if (api.matches()) {
            return api.group(1);
        }
        Matcher uppgift = UPPGIFT.matcher(sokvag);
        if (uppgift.matches()) {
            return inloggad.somSystem(() -> {
                boolean finns = taskService.createTaskQuery().taskId(uppgift.group(1)).count() > 0;
                Object nummer = finns ? taskService.getVariable(uppgift.group(1), ArendeProcessen.ARENDENUMMER) : null;
                return nummer == null ? null : nummer.toString();
            });
        }
        Matcher instans = PROCESSINSTANS.matcher(sokvag);
        if (instans.matches()) {
            return inloggad.somSystem(() -> {
                HistoricProcessInstance process = historyService.createHistoricProcessInstanceQuery()
                        .processInstanceId(instans.group(1)).singleResult();
                return process == null ? null : process.getBusinessKey();
            });
        }
        return null;
    }

    /** The user of an HTTP Basic call (engine authentication) or of a webapp session. */
    private String anvandare(HttpServletRequest request) {
        Authentication motorn = identityService.getCurrentAuthentication();
        if (motorn != null && motorn.getUserId() != null) {
            return motorn.getUserId();
        }
        HttpSession session = request.getSession(false);
        Authentications webbapparna = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (webbapparna != null) {
            var inloggning = webbapparna.getAuthenticationForProcessEngine("default");
            if (inloggning != null) {
                return inloggning.getName();
            }
        }
        return null;
    }
}
