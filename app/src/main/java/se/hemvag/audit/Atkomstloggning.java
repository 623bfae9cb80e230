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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.Arenden;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.security.Problemsvar;

/**
 * Writes the access log (loggkontroll) for every request that may read or change a client's data:
 * Hemväg's API for cases and applications, and everything in the engine's REST API (under each of
 * its roots: /engine-rest, /engine-rest/engine/{name}, the webapps' /camunda/api/engine/engine/{name})
 * and Cockpit's plugin API that is not known to be free of client data (models, users and groups,
 * settings, counts). The path is the one the servlet container resolved, so {@code /./}, {@code //}
 * and {@code ;param} variants are the same path. Each case an answer shows gets a row, found in the
 * answer itself (business keys, the case-number variable, process instances) or in the ids of the
 * path; an answer about no case gets one row. It fails closed: the answer is held back until its
 * rows are stored, in a transaction of their own, and if they cannot be stored the user gets 503
 * and nothing of the answer.
 */
class Atkomstloggning extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(Atkomstloggning.class);
    private static final Pattern ARENDENUMMER = Pattern.compile("\\d{4}-\\d{5}");
    /** An evening assessment's business key names its client (ansokan's RegistreraTogPersonDelegate). */
    private static final String KLIENT_ID = "klientId";
    private static final Pattern KVALLSBEDOMNING = Pattern.compile("TOG-\\d{8}-(\\d+)");
    private static final Pattern API_ARENDE = Pattern.compile("^/api/arenden/([^/]+)(/.*)?$");
    /**
     * Hemväg's own API: the case, the client view from a task, applications, the section leads' review list, the sections' placement
     * lists, the longest-waiting cases and the culling dry run.
     */
    private static final Pattern API_MED_KLIENTUPPGIFTER = Pattern.compile(
            "^/api/(?:arenden/.+|uppgifter/.+|processinstanser/.+|ansokningar(?:/.*)?|sektioner/[^/]+/(?:arendegenomgang|placeringar)"
                    + "|vantetider|gallring(?:/.*)?)$");
    /** The client view from a task in Tasklist: the task's case, as for the engine's own task paths. */
    private static final Pattern API_UPPGIFT = Pattern.compile("^/api/uppgifter/([0-9a-fA-F-]{8,})(?:/.*)?$");
    /** The client view from a process instance in Cockpit: the instance's case. */
    private static final Pattern API_PROCESSINSTANS = Pattern.compile("^/api/processinstanser/([0-9a-fA-F-]{8,})(?:/.*)?$");
    private static final Pattern MOTORN = Pattern.compile("^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)?$");
    /**
     * What the engine's API answers without any client's data: process models, users and groups,
     * settings. Counts are not among them: a count can be asked with a variable's value (is there a
     * case for this name?).
     */
    private static final Pattern MOTORN_UTAN_KLIENTUPPGIFTER = Pattern.compile("^(?:/?|/engine|/version|/telemetry(?:/.*)?"
            + "|/metrics(?:/.*)?|/schema/log(?:/.*)?|/identity/.*|/user(?:/.*)?|/group(?:/.*)?|/tenant(?:/.*)?"
            + "|/authorization(?:/.*)?|/deployment(?:/.*)?|/decision-definition(?:/.*)?|/decision-requirements-definition(?:/.*)?"
            + "|/case-definition(?:/.*)?|/job-definition(?:/.*)?|/batch(?:/.*)?|/migration/(?:generate|validate)"
            + "|/filter(?:/count|/create|/[^/]+)?|/history/cleanup(?:/.*)?"
            + "|/process-definition(?:/(?!.*/(?:start|submit-form|restart|restart-async)$).*)?)$");
    private static final Pattern COCKPITS_PLUGIN = Pattern.compile("^/camunda/api/cockpit/plugin/.*$");
    /** Queries asked with POST: reading, not changing. */
    private static final Pattern FRAGA_MED_POST = Pattern.compile("^/(?:task|process-instance|execution|variable-instance"
            + "|incident|job|external-task|event-subscription|history/[^/]+(?:/[^/]+)?|filter/[^/]+/(?:list|singleResult|count))$");
    private static final Pattern UPPGIFT = Pattern.compile("^/(?:history/)?task/([0-9a-fA-F-]{8,})(?:/.*)?$");
    private static final Pattern PROCESSINSTANS = Pattern.compile("^/(?:history/)?process-instance/([0-9a-fA-F-]{8,})(?:/.*)?$");
    private static final Pattern EXEKVERING = Pattern.compile("^/execution/([0-9a-fA-F-]{8,})(?:/.*)?$");
    /** Tasklist's task list: each task shown with its case number and client name. */
    private static final Pattern UPPGIFTSLISTA = Pattern.compile("^/filter/[^/]+/(?:list|singleResult)$");
    private static final Pattern GENOMGANGSLISTA = Pattern.compile("^/api/sektioner/[^/]+/arendegenomgang$");
    private static final int MAX_VAD = 300;
    private static final int INSTANSER_PER_FRAGA = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtkomstRepository logg;
    private final Arenden arenden;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final InloggadAnvandare inloggad;
    private final Clock clock;
    private final TransactionTemplate transaktion;

    Atkomstloggning(AtkomstRepository logg, Arenden arenden, HistoryService historyService, RuntimeService runtimeService,
                    IdentityService identityService, InloggadAnvandare inloggad, Clock clock, TransactionTemplate transaktion) {
        this.logg = logg;
        this.arenden = arenden;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.inloggad = inloggad;
        this.clock = clock;
        this.transaktion = transaktion;
    }

    /** Whom a row is about: a case, or for a client without one (an evening assessment) the client. */
    private record Vem(String arendenummer, Long klientId) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sokvag = sokvag(request);
        Matcher motorn = MOTORN.matcher(sokvag);
        String motorsokvag = motorn.matches() ? (motorn.group(1) == null ? "" : motorn.group(1)) : null;
        String anvandare = anvandare(request);
        if (anvandare == null || !galler(sokvag, motorsokvag)) {
            chain.doFilter(request, response);
            return;
        }
        // a completed task is gone afterwards, so whose it is is looked up first
        Vem fore = fore(sokvag, motorsokvag);
        ContentCachingResponseWrapper kopia = new ContentCachingResponseWrapper(response);
        boolean klar = false;
        try {
            chain.doFilter(request, kopia);
            klar = true;
        } finally {
            String slag = motorsokvag != null && UPPGIFTSLISTA.matcher(motorsokvag).matches() ? "Uppgiftslista: "
                    : GENOMGANGSLISTA.matcher(sokvag).matches() ? "Ärendegenomgång: " : "";
            String vad = slag + request.getMethod() + " " + sokvag;
            Atkomsttyp atgard = "GET".equals(request.getMethod()) || !slag.isEmpty()
                    || motorsokvag != null && "POST".equals(request.getMethod()) && FRAGA_MED_POST.matcher(motorsokvag).matches()
                    ? Atkomsttyp.LASNING : Atkomsttyp.ANDRING;
            int status = klar ? kopia.getStatus() : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            if (skriv(anvandare, atgard, vad, status, vilka(fore, kopia))) {
                kopia.copyBodyToResponse();
            } else if (!response.isCommitted()) {
                // fail closed: no row, no answer
                response.reset();
                response.setHeader("Cache-Control", "no-store");
                Problemsvar.skriv(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Åtkomstloggen kunde inte skrivas",
                        "Uppgifterna visas inte när åtkomsten inte kan loggas. Försök igen om en stund.");
            }
        }
    }

    /** The path as the servlet container resolved it: decoded, without ;params, ./ and //. */
    static String sokvag(HttpServletRequest request) {
        String sokvag = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        // Jersey answers a path with a trailing slash as the path without it
        return sokvag.length() > 1 ? sokvag.replaceAll("/+$", "") : sokvag;
    }

    static boolean galler(String sokvag, String motorsokvag) {
        if (motorsokvag != null) {
            return !MOTORN_UTAN_KLIENTUPPGIFTER.matcher(motorsokvag).matches();
        }
        return API_MED_KLIENTUPPGIFTER.matcher(sokvag).matches() || COCKPITS_PLUGIN.matcher(sokvag).matches();
    }

    /** Every case the answer shows, and the one its path names; at least one row. */
    private List<Vem> vilka(Vem fore, ContentCachingResponseWrapper svar) {
        Set<String> nummer = new LinkedHashSet<>();
        Set<String> instanser = new LinkedHashSet<>();
        Set<Long> klienter = new LinkedHashSet<>();
        if (fore != null && fore.arendenummer() != null) {
            nummer.add(fore.arendenummer());
        }
        String location = svar.getHeader("Location");
        Matcher ny = location == null ? null : Pattern.compile("/api/arenden/(" + ARENDENUMMER.pattern() + ")").matcher(location);
        if (ny != null && ny.find()) {
            nummer.add(ny.group(1));
        }
        String typ = svar.getContentType();
        if (svar.getContentSize() > 0 && typ != null && typ.contains("json")) {
            try {
                samla(JSON.readTree(svar.getContentAsByteArray()), nummer, instanser, klienter);
            } catch (IOException e) {
                log.debug("Svaret var inte JSON; åtkomsten loggas utan ärenden ur svaret", e);
            }
        }
        List<String> alla = new ArrayList<>(instanser);
        for (int fran = 0; fran < alla.size(); fran += INSTANSER_PER_FRAGA) {
            Set<String> del = new LinkedHashSet<>(alla.subList(fran, Math.min(alla.size(), fran + INSTANSER_PER_FRAGA)));
            inloggad.somSystem(() -> historyService.createHistoricProcessInstanceQuery().processInstanceIds(del).list())
                    .stream().map(HistoricProcessInstance::getBusinessKey)
                    .forEach(nyckel -> affarsnyckel(nyckel, nummer, klienter));
        }
        List<Vem> vilka = new ArrayList<>();
        nummer.forEach(nr -> vilka.add(new Vem(nr, null)));
        klienter.forEach(klient -> vilka.add(new Vem(null, klient)));
        if (vilka.isEmpty()) {
            vilka.add(fore != null ? fore : new Vem(null, null));
        }
        return vilka;
    }

    /** Case numbers and process instances anywhere in a JSON answer, however the API nests them. */
    private static void samla(JsonNode nod, Set<String> nummer, Set<String> instanser, Set<Long> klienter) {
        if (nod.isArray()) {
            nod.forEach(del -> samla(del, nummer, instanser, klienter));
        } else if (nod.isObject()) {
            for (String falt : new String[] {"businessKey", "processInstanceBusinessKey", ArendeProcessen.ARENDENUMMER}) {
                JsonNode varde = nod.get(falt);
                if (varde != null && varde.isTextual()) {
                    affarsnyckel(varde.asText(), nummer, klienter);
                }
            }
            if (ArendeProcessen.ARENDENUMMER.equals(nod.path("name").asText()) && nod.path("value").isTextual()) {
                nummer.add(nod.get("value").asText());
            }
            // a client shown without a case (intake's search for clients without papers, an evening assessment's variable)
            if (nod.path(KLIENT_ID).isIntegralNumber()) {
                klienter.add(nod.get(KLIENT_ID).asLong());
            }
            if (KLIENT_ID.equals(nod.path("name").asText()) && nod.path("value").isIntegralNumber()) {
                klienter.add(nod.get("value").asLong());
            }
            for (String falt : new String[] {"processInstanceId", "rootProcessInstanceId", "superProcessInstanceId"}) {
                JsonNode varde = nod.get(falt);
                if (varde != null && varde.isTextual()) {
                    instanser.add(varde.asText());
                }
            }
            nod.elements().forEachRemaining(del -> samla(del, nummer, instanser, klienter));
        }
    }

    /** A case number, or an evening assessment's key that names its client. */
    private static void affarsnyckel(String nyckel, Set<String> nummer, Set<Long> klienter) {
        if (nyckel == null) {
            return;
        }
        if (ARENDENUMMER.matcher(nyckel).matches()) {
            nummer.add(nyckel);
        }
        Matcher kvall = KVALLSBEDOMNING.matcher(nyckel);
        if (kvall.matches()) {
            klienter.add(Long.valueOf(kvall.group(1)));
        }
    }

    /** The rows, in one transaction of their own; false when they could not be stored. */
    private boolean skriv(String anvandare, Atkomsttyp atgard, String vad, int status, List<Vem> vilka) {
        Instant nu = clock.instant();
        String kort = vad.length() > MAX_VAD ? vad.substring(0, MAX_VAD) : vad;
        try {
            // the clients looked up and the rows written in one transaction: one commit per request
            transaktion.executeWithoutResult(tx -> {
                List<String> allaNummer = vilka.stream().map(Vem::arendenummer).filter(Objects::nonNull).toList();
                Map<String, Long> klienter = allaNummer.isEmpty() ? Map.of() : arenden.klienter(allaNummer);
                List<Atkomst> rader = new ArrayList<>();
                for (Vem vem : vilka) {
                    String nummer = vem.arendenummer() != null && klienter.containsKey(vem.arendenummer()) ? vem.arendenummer() : null;
                    Long klientId = nummer != null ? klienter.get(nummer) : vem.klientId();
                    rader.add(new Atkomst(nu, anvandare, atgard, nummer, klientId, kort, status));
                }
                logg.skrivAlla(rader);
            });
            return true;
        } catch (RuntimeException e) {
            log.error("Åtkomstloggen kunde inte skrivas för {} {}; svaret hölls inne", anvandare, kort, e);
            return false;
        }
    }

    /** Whom the ids in the path are about, looked up before the request changes anything. */
    private Vem fore(String sokvag, String motorsokvag) {
        Matcher api = API_ARENDE.matcher(sokvag);
        if (api.matches()) {
            return new Vem(api.group(1), null);
        }
        Matcher apiUppgift = API_UPPGIFT.matcher(sokvag);
        Matcher apiProcessinstans = API_PROCESSINSTANS.matcher(sokvag);
        if (apiUppgift.matches()) {
            motorsokvag = "/task/" + apiUppgift.group(1);
        } else if (apiProcessinstans.matches()) {
            motorsokvag = "/process-instance/" + apiProcessinstans.group(1);
        }
        if (motorsokvag == null) {
            return null;
        }
        Matcher uppgift = UPPGIFT.matcher(motorsokvag);
        Matcher instans = PROCESSINSTANS.matcher(motorsokvag);
        Matcher exekvering = EXEKVERING.matcher(motorsokvag);
        return inloggad.somSystem(() -> {
            String processinstans = null;
            if (uppgift.matches()) {
                // a task of a group session (Lägenhetsinfo) carries its client's case number as a label of its own
                HistoricVariableInstance etikett = historyService.createHistoricVariableInstanceQuery().taskIdIn(uppgift.group(1))
                        .variableName(ArendeProcessen.ARENDENUMMER).singleResult();
                if (etikett != null && etikett.getValue() instanceof String nummer) {
                    return new Vem(nummer, null);
                }
                HistoricTaskInstance hittad = historyService.createHistoricTaskInstanceQuery().taskId(uppgift.group(1)).singleResult();
                processinstans = hittad == null ? null : hittad.getProcessInstanceId();
            } else if (instans.matches()) {
                processinstans = instans.group(1);
            } else if (exekvering.matches()) {
                Execution hittad = runtimeService.createExecutionQuery().executionId(exekvering.group(1)).singleResult();
                processinstans = hittad == null ? null : hittad.getProcessInstanceId();
            }
            return processinstans == null ? null : vemIProcessen(processinstans);
        });
    }

    /** The case of a process instance, or for an evening assessment (no case) its client. */
    private Vem vemIProcessen(String processinstans) {
        HistoricProcessInstance process = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processinstans).singleResult();
        if (process == null) {
            return null;
        }
        if (process.getBusinessKey() != null && ARENDENUMMER.matcher(process.getBusinessKey()).matches()) {
            return new Vem(process.getBusinessKey(), null);
        }
        HistoricVariableInstance klient = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(processinstans).variableName("klientId").singleResult();
        return new Vem(null, klient != null && klient.getValue() instanceof Long id ? id : null);
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
