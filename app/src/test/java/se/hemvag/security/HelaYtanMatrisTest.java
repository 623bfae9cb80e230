package se.hemvag.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.lang.reflect.Method;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.admin.impl.web.AdminApplication;
import org.camunda.bpm.cockpit.impl.web.CockpitApplication;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.tasklist.impl.web.TasklistApplication;
import org.camunda.bpm.welcome.impl.web.WelcomeApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.ansokan.NyAnsokan;
import se.hemvag.arende.Ansokningskanal;
import se.hemvag.arende.Arende;
import se.hemvag.klient.Identitetsnummer;
import se.hemvag.klient.Kon;

/**
 * The whole surface of the engine's REST API, as the engine's own resource classes declare it
 * (every sub-resource, every method), called over real HTTP by every role on a case of
 * Vuxensektionen whose client has a name, an identity number and a note found nowhere else:
 * - no one outside the case's circle (another section, administrationen, processägare, the
 *   utredningssekreterare while the case is not drawn for a spot check, overvakning, admin)
 *   gets any of them in any answer, and no refused answer carries them, whoever asked;
 * - anonymous calls get 401;
 * - every call that may touch client data leaves at least one access-log row;
 * - nothing answers 500.
 * The bootstrap account only reads here: Camunda lets it past every check by design. Printed at
 * the end: endpoints, calls, refusals and log rows, per role.
 */
@HemvagSpringTest
class HelaYtanMatrisTest {

    private static final List<String> ROLLER = List.of("handlaggare-mottagningen", "handlaggare-forsorjning", "handlaggare-vuxen",
            "handlaggare-vard-och-omsorg", "handlaggare-administrationen", "gruppledare-vuxen",
            "bitradande-enhetschef-forsorjning", "chef", "processagare", "utredningssekreterare", "overvakning", "admin", "driftadmin",
            "anonym");
    /** Those who may see the case: its section, mottagningen, ledning and the bootstrap account. */
    private static final Set<String> ARBETAR_MED_ARENDET = Set.of("handlaggare-mottagningen", "handlaggare-vuxen",
            "gruppledare-vuxen", "bitradande-enhetschef-forsorjning", "chef", "driftadmin");
    private static final Pattern PLATSHALLARE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    @LocalServerPort int port;
    @Autowired Arendeforlopp forlopp;
    @Autowired RuntimeService runtimeService;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;
    @Autowired FilterService filterService;
    @Autowired JdbcTemplate jdbc;

    /** One method of one resource: its HTTP method and its path with {placeholders}. */
    record Slutpunkt(String metod, String mall) implements Comparable<Slutpunkt> {
        @Override
        public int compareTo(Slutpunkt annan) {
            return (mall + " " + metod).compareTo(annan.mall + " " + annan.metod);
        }
    }

    /** Every endpoint reachable from the engine's root resource, sub-resource locators followed. */
    static Set<Slutpunkt> motornsSlutpunkter() {
        Set<Slutpunkt> alla = new TreeSet<>();
        samla(DefaultProcessEngineRestServiceImpl.class, "", alla, 0);
        return alla;
    }

    /** Every endpoint of a webapp's own API, from the root resources its JAX-RS application declares. */
    static Set<Slutpunkt> webbappensSlutpunkter(Application webbapp) {
        Set<Slutpunkt> alla = new TreeSet<>();
        for (Class<?> rot : webbapp.getClasses()) {
            Path sokvag = rot.getAnnotation(Path.class);
            if (sokvag != null) {
                samla(rot, (sokvag.value().startsWith("/") ? "" : "/") + sokvag.value().replaceAll("/+$", ""), alla, 0);
            }
        }
        // logging in or out would end the session the calls run in
        alla.removeIf(slutpunkt -> slutpunkt.mall().matches(".*/(login|logout)(/.*)?"));
        return alla;
    }

    private static void samla(Class<?> typ, String prefix, Set<Slutpunkt> alla, int djup) {
        for (Method metod : typ.getMethods()) {
            Path sokvag = metod.getAnnotation(Path.class);
            String delsokvag = prefix + (sokvag == null ? "" : (sokvag.value().startsWith("/") ? "" : "/") + sokvag.value());
            String http = metod.isAnnotationPresent(GET.class) ? "GET" : metod.isAnnotationPresent(POST.class) ? "POST"
                    : metod.isAnnotationPresent(PUT.class) ? "PUT" : metod.isAnnotationPresent(DELETE.class) ? "DELETE"
                    : metod.isAnnotationPresent(OPTIONS.class) ? "OPTIONS" : metod.isAnnotationPresent(HEAD.class) ? "HEAD" : null;
            if (http != null) {
                alla.add(new Slutpunkt(http, delsokvag.replaceAll("/+$", "").isEmpty() ? "/" : delsokvag.replaceAll("/+$", "")));
            } else if (sokvag != null && djup < 6 && !metod.getReturnType().equals(Object.class)) {
                samla(metod.getReturnType(), delsokvag, alla, djup + 1);
            }
        }
    }

    @Test
    void ingenRollFarMerAnDenSkaOchVarjeLasningLoggas() throws Exception {
        Set<Slutpunkt> slutpunkter = motornsSlutpunkter();
        assertThat(slutpunkter).as("the engine's REST API as its classes declare it").hasSizeGreaterThan(300);

        String personnummer = Identitetsnummer.syntetiskt(java.time.LocalDate.of(1968, 2, 29), 977, Kon.KVINNA);
        Arende arende = forlopp.underUtredning(new NyAnsokan(personnummer, null, null, "Hemlighet", "Matrisdottir", "070-999 88 77",
                Ansokningskanal.RECEPTION, "Anteckning som bara matrisen känner"), "behovMissbruk");
        List<String> hemligt = List.of("Matrisdottir", "Hemlighet", personnummer, personnummer.replace("-", ""),
                "Anteckning som bara matrisen känner", "070-999 88 77");
        Task uppgift = forlopp.uppgift(arende);
        String instans = forlopp.process(arende).getId();
        identityService.saveUser(identityService.newUser("matris-anvandare"));
        Map<String, String> varden = new LinkedHashMap<>();
        varden.put("task", uppgift.getId());
        varden.put("process-instance", instans);
        varden.put("execution", instans);
        varden.put("process-definition", repositoryService.getProcessDefinition(uppgift.getProcessDefinitionId()).getId());
        varden.put("key", "ArendeProcess");
        varden.put("deployment", repositoryService.getProcessDefinition(uppgift.getProcessDefinitionId()).getDeploymentId());
        varden.put("filter", filterService.createFilterQuery().filterName("Sektionens uppgifter – Vuxensektionen").singleResult().getId());
        varden.put("group", "vuxen");
        varden.put("user", "matris-anvandare");
        varden.put("members", "matris-anvandare");
        varden.put("variables", "klientNamn");
        varden.put("localVariables", "klientNamn");

        varden.put("processEngineName", "default");
        varden.put("engine", "default");

        List<Dorr> dorrar = List.of(
                new Dorr("engine-rest (HTTP Basic)", "/engine-rest", slutpunkter, false),
                new Dorr("webapps' engine API (session)", "/camunda/api/engine/engine/default", slutpunkter, true),
                new Dorr("Cockpit's API (session)", "/camunda/api/cockpit", webbappensSlutpunkter(new CockpitApplication()), true),
                new Dorr("Tasklist's API (session)", "/camunda/api/tasklist", webbappensSlutpunkter(new TasklistApplication()), true),
                new Dorr("Admin's API (session)", "/camunda/api/admin", webbappensSlutpunkter(new AdminApplication()), true),
                new Dorr("welcome page's API (session)", "/camunda/api/welcome", webbappensSlutpunkter(new WelcomeApplication()), true));

        Map<String, int[]> perRoll = new TreeMap<>();
        Map<String, Integer> perDorr = new LinkedHashMap<>();
        List<String> fel = new ArrayList<>();
        int anrop = 0;
        for (String roll : ROLLER) {
            int[] raknare = perRoll.computeIfAbsent(roll, r -> new int[3]);
            Inloggning inloggning = new Inloggning(roll);
            for (Dorr dorr : dorrar) {
                for (Slutpunkt slutpunkt : dorr.slutpunkter()) {
                    boolean skriver = !Set.of("GET", "HEAD", "OPTIONS").contains(slutpunkt.metod());
                    if (roll.equals("driftadmin") && skriver) {
                        continue;
                    }
                    String sokvag = dorr.bas() + fyllI(slutpunkt.mall(), varden);
                    long raderFore = rader(roll);
                    HttpResponse<String> svar = inloggning.skicka(slutpunkt.metod(), sokvag, dorr.session());
                    anrop++;
                    perDorr.merge(dorr.namn(), 1, Integer::sum);
                    raknare[0]++;
                    int status = svar.statusCode();
                    String vad = roll + " " + slutpunkt.metod() + " " + sokvag + " → " + status;
                    if (status == 401 || status == 403 || status == 404) {
                        raknare[1]++;
                    }
                    if (status >= 500) {
                        fel.add(vad + " " + kort(svar.body()));
                    }
                    if (roll.equals("anonym") && status < 400 && !dorr.session()) {
                        fel.add(vad + ": anonymous not refused");
                    }
                    boolean far = ARBETAR_MED_ARENDET.contains(roll) && status < 400;
                    for (String hemlighet : hemligt) {
                        if (!far && svar.body().contains(hemlighet)) {
                            fel.add(vad + ": shows \"" + hemlighet + "\"");
                        }
                    }
                    long nyaRader = rader(roll) - raderFore;
                    raknare[2] += (int) nyaRader;
                    // without a webapp login, overvakning's session calls are anonymous ones: logged under no user
                    boolean inloggad = !roll.equals("anonym") && !(roll.equals("overvakning") && dorr.session());
                    if (inloggad && status != 401 && kanRoraKlientuppgifter(sokvag) && nyaRader < 1) {
                        fel.add(vad + ": no access-log row");
                    }
                }
            }
        }

        System.out.printf("%nHela ytan: %d endpoints of the engine's REST API, %d calls%n", slutpunkter.size(), anrop);
        perDorr.forEach((dorr, antal) -> System.out.printf("  %-36s %6d calls%n", dorr, antal));
        System.out.printf("%-36s %7s %8s %9s%n", "role", "calls", "refused", "log rows");
        perRoll.forEach((roll, r) -> System.out.printf("%-36s %7d %8d %9d%n", roll, r[0], r[1], r[2]));
        System.out.printf("Total: %d calls, %d refused, %d access-log rows, %d findings%n%n", anrop,
                perRoll.values().stream().mapToInt(r -> r[1]).sum(), perRoll.values().stream().mapToInt(r -> r[2]).sum(), fel.size());
        assertThat(fel).as(String.join("\n", fel)).isEmpty();
    }

    private long rader(String roll) {
        return jdbc.queryForObject("select count(*) from atkomstlogg where anvandare = ?", Long.class, roll);
    }

    /** Whether the access log should note this call: what the log's own rule says, checked apart from it. */
    private static boolean kanRoraKlientuppgifter(String sokvag) {
        if (sokvag.startsWith("/camunda/api/cockpit/plugin/")) {
            return true;
        }
        if (!sokvag.startsWith("/engine-rest") && !sokvag.startsWith("/camunda/api/engine/engine/default")) {
            return false;
        }
        String motorn = sokvag.replaceFirst("^(/engine-rest|/camunda/api/engine/engine/default)", "");
        return !motorn.matches("^(/?|/engine|/version|/telemetry.*|/metrics.*|/schema/log.*|/identity/.*|/user.*|/group.*"
                + "|/tenant.*|/authorization.*|/deployment.*|/decision-definition.*|/decision-requirements-definition.*"
                + "|/case-definition.*|/job-definition.*|/batch.*|/migration/(generate|validate)|/filter(/count|/create|/[^/]+)?"
                + "|/history/cleanup.*"
                + "|/process-definition(/(?!.*/(start|submit-form|restart|restart-async)$).*)?)$");
    }

    private static String fyllI(String mall, Map<String, String> varden) {
        Matcher platshallare = PLATSHALLARE.matcher(mall);
        StringBuilder ut = new StringBuilder();
        while (platshallare.find()) {
            String fore = mall.substring(0, platshallare.start()).replaceAll("/+$", "");
            String segment = fore.substring(fore.lastIndexOf('/') + 1);
            String varde = varden.getOrDefault(segment, "okand-" + platshallare.group(1));
            platshallare.appendReplacement(ut, Matcher.quoteReplacement(varde));
        }
        platshallare.appendTail(ut);
        return ut.toString();
    }

    /** One door of the surface: a root path, its endpoints, and whether it needs the webapps' session. */
    record Dorr(String namn, String bas, Set<Slutpunkt> slutpunkter, boolean session) {
    }

    /** A role's way in: HTTP Basic for /engine-rest, and a webapp session as a browser holds it. */
    private final class Inloggning {

        private final String roll;
        private final HttpClient basic = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final CookieManager kakor = new CookieManager();
        private final HttpClient webblasare = HttpClient.newBuilder().cookieHandler(kakor).connectTimeout(Duration.ofSeconds(5)).build();
        private String xsrf = "";

        Inloggning(String roll) throws Exception {
            this.roll = roll;
            webblasare.send(HttpRequest.newBuilder(URI.create(bas() + "/camunda/app/welcome/default/")).build(),
                    HttpResponse.BodyHandlers.discarding());
            xsrf = xsrf();
            // overvakning reads the app's metrics and no webapp: it calls the session doors without a login
            if (!Set.of("anonym", "overvakning").contains(roll)) {
                String app = roll.equals("admin") ? "admin" : Set.of("chef", "processagare", "driftadmin").contains(roll)
                        ? "cockpit" : "tasklist";
                HttpResponse<String> svar = webblasare.send(HttpRequest.newBuilder(URI.create(bas()
                                + "/camunda/api/admin/auth/user/default/login/" + app)).header("X-XSRF-TOKEN", xsrf)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + roll + "&password=demo")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(svar.statusCode()).as(roll + " logs in to " + app + ": " + svar.body()).isEqualTo(200);
                xsrf = xsrf();
            }
        }

        private String xsrf() {
            return kakor.getCookieStore().getCookies().stream().filter(k -> k.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().orElse(xsrf);
        }

        HttpResponse<String> skicka(String metod, String sokvag, boolean session) throws Exception {
            HttpRequest.Builder begaran = HttpRequest.newBuilder(URI.create(bas() + sokvag))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").header("Content-Type", "application/json");
            if (session) {
                begaran.header("X-XSRF-TOKEN", xsrf);
            } else if (!roll.equals("anonym")) {
                begaran.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((roll + ":demo")
                        .getBytes(StandardCharsets.UTF_8)));
            }
            boolean kropp = metod.equals("POST") || metod.equals("PUT");
            begaran.method(metod, kropp ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
            HttpResponse<String> svar = (session ? webblasare : basic).send(begaran.build(), HttpResponse.BodyHandlers.ofString());
            if (session) {
                xsrf = xsrf();
            }
            return svar;
        }
    }

    private String bas() {
        return "http://localhost:" + port;
    }

    private static String kort(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
