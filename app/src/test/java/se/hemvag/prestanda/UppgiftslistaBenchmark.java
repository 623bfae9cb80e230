package se.hemvag.prestanda;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.hemvag.Http;
import se.hemvag.Testklienter;
import se.hemvag.Webbsession;
import se.hemvag.ansokan.Ansokningsmottagning;
import se.hemvag.sektion.Sektion;
import se.hemvag.sektion.Sektionsgrupper;

/**
 * Benchmark, not a test: a section's task list at 1,000, 5,000 (and on request 20,000) active
 * cases on MariaDB, as Tasklist asks for it and through the engine's REST API, with authorization
 * on, beside a bare Camunda engine with the same number of waiting tasks in the same JVM on the
 * same server. Cases are made by the application's own service (the one behind
 * {@code POST /api/ansokningar}) from two threads; each waits at Hemlöshetsmottagningen's belonging
 * investigation. See BENCHMARKS.md.
 *
 * <p>Arguments (optional): the sizes, comma-separated (default 1000,5000), timed calls per figure
 * (default 200), and the largest size the bare engine is measured at (default 5000: its query grows
 * with the square and took about 6 s a call at 5,000, so at 20,000 ten calls would take a quarter of an hour).
 */
public final class UppgiftslistaBenchmark {

    private static final String SEKTIONEN = Sektion.MOTTAGNINGEN.gruppId();
    private static final String ANVANDARE = "benchmark-mottagningen";
    private static final String LOSENORD = "benchmark-losen";
    private static final long TIDSGRANS_NANOS = 120_000_000_000L;

    private UppgiftslistaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> storlekar = List.of((args.length > 0 ? args[0] : "1000,5000").split(",")).stream()
                .map(String::strip).map(Integer::valueOf).toList();
        int varv = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int barMotornsStorsta = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        EgenDatabas hemvagsDatabas = EgenDatabas.ny("hemvag_benchmark_uppgifter");
        EgenDatabas barDatabas = EgenDatabas.ny("hemvag_benchmark_bar");
        // no job executor: timers due during the run would compete for the two cores with what is measured
        ConfigurableApplicationContext app = hemvagsDatabas.startaAppen(List.of(), "--camunda.bpm.job-execution.enabled=false");
        try (BarMotor bar = new BarMotor(barDatabas)) {
            bar.driftsatt(BarMotor.vantandeArende(), "VantandeArende");
            IdentityService identitet = app.getBean(IdentityService.class);
            User anvandare = identitet.newUser(ANVANDARE);
            anvandare.setPassword(LOSENORD);
            identitet.saveUser(anvandare);
            identitet.createMembership(ANVANDARE, SEKTIONEN);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String filter = app.getBean(FilterService.class).createFilterQuery()
                    .filterName(Sektionsgrupper.sektionensUppgifter(Sektion.MOTTAGNINGEN)).singleResult().getId();
            Webbsession tasklist = Webbsession.loggaIn(port, "tasklist", ANVANDARE, LOSENORD);
            Http rest = new Http(port);
            Ansokningsmottagning mottagning = app.getBean(Ansokningsmottagning.class);
            TaskService uppgifter = app.getBean(TaskService.class);

            int hemvagsArenden = 0;
            int barArenden = 0;
            for (int storlek : storlekar) {
                long start = System.nanoTime();
                skapa(storlek - hemvagsArenden, nummer -> mottagning.registreraOchStarta(Testklienter.ansokan(), "benchmark"));
                double hemvagsSekunder = (System.nanoTime() - start) / 1e9;
                int tillkomna = storlek - hemvagsArenden;
                hemvagsArenden = storlek;
                boolean barMats = storlek <= barMotornsStorsta;
                double barPerSekund = Double.NaN;
                if (barMats) {
                    start = System.nanoTime();
                    AtomicInteger barNummer = new AtomicInteger(barArenden);
                    skapa(storlek - barArenden, nummer -> bar.startaVantande(barNummer.incrementAndGet()));
                    barPerSekund = (storlek - barArenden) / ((System.nanoTime() - start) / 1e9);
                    barArenden = storlek;
                    analysera(barDatabas);
                }
                analysera(hemvagsDatabas);
                long iListan = uppgifter.createTaskQuery().taskCandidateGroup(SEKTIONEN).includeAssignedTasks().count();
                System.out.printf("%n%,d aktiva ärenden (%,d uppgifter i sektionens lista). %,d nya: Hemväg %.1f ärenden/s,"
                                + " bar motor %s instanser/s. %d mätta anrop var, efter %d uppvärmningar.%n",
                        storlek, iListan, tillkomna, tillkomna / hemvagsSekunder,
                        barMats ? String.format("%.1f", barPerSekund) : "–", varv, varv / 4);
                System.out.printf("%-62s %9s %9s %9s%n", "", "p50", "p95", "p99");

                Matning tasklistsAnrop = mat("Hemväg, Tasklists anrop (filter/list, HAL, 15 rader)", varv, () -> lyckat(
                        tasklist.postHal("/camunda/api/engine/engine/default/filter/" + filter + "/list?firstResult=0&maxResults=15",
                                "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true,"
                                        + "\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],\"orQueries\":[]}")));
                Matning restAnrop = mat("Hemväg, REST (GET /engine-rest/task, 50 rader)", varv, () -> lyckat(rest.get(
                        "/engine-rest/task?candidateGroup=" + SEKTIONEN + "&includeAssignedTasks=true&sortBy=created&sortOrder=desc"
                                + "&maxResults=50", ANVANDARE, LOSENORD)));
                // a section with none of the waiting tasks: its list must not read the whole table to find that out
                mat("Hemväg, REST, en annan sektions lista (tom)", varv, () -> lyckat(rest.get("/engine-rest/task?candidateGroup="
                        + Sektion.VUXEN.gruppId() + "&includeAssignedTasks=true&sortBy=created&sortOrder=desc&maxResults=50",
                        ANVANDARE, LOSENORD)));
                Matning hemvagsMotor = mat("Hemvägs motor, Java-API (50 rader, behörighet)", varv, () -> {
                    identitet.setAuthentication(ANVANDARE, List.of(SEKTIONEN));
                    try {
                        return uppgifter.createTaskQuery().taskCandidateGroup(SEKTIONEN).includeAssignedTasks()
                                .orderByTaskCreateTime().desc().listPage(0, 50).size();
                    } finally {
                        identitet.clearAuthentication();
                    }
                });
                if (!barMats) {
                    System.out.printf("Bar motor: mäts inte över %,d ärenden (tredje argumentet).%n", barMotornsStorsta);
                    continue;
                }
                Matning barMotor = mat("Bar motor, Java-API (50 rader, behörighet)", varv, () -> bar.sektionensUppgifter(50).size());
                System.out.printf("Kvot mot den bara motorn (p95): Tasklists anrop %.1f×, REST %.1f×, Hemvägs motor %.1f×%n",
                        tasklistsAnrop.p95() / barMotor.p95(), restAnrop.p95() / barMotor.p95(), hemvagsMotor.p95() / barMotor.p95());
            }
        } finally {
            app.close();
        }
    }

    /** Runs the step the given number of times from two threads. */
    private static void skapa(int antal, IntConsumer steg) throws Exception {
        ExecutorService tradar = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> klara = new ArrayList<>();
            AtomicInteger nasta = new AtomicInteger();
            for (int trad = 0; trad < 2; trad++) {
                klara.add(tradar.submit(() -> {
                    for (int i = nasta.getAndIncrement(); i < antal; i = nasta.getAndIncrement()) {
                        steg.accept(i);
                    }
                }));
            }
            for (Future<?> klar : klara) {
                klar.get();
            }
        } finally {
            tradar.shutdown();
        }
    }

    private static void analysera(EgenDatabas databas) throws Exception {
        try (Connection root = DriverManager.getConnection(databas.jdbcUrl(), "root", "");
             Statement sql = root.createStatement()) {
            sql.execute("ANALYZE TABLE ACT_RU_TASK, ACT_RU_IDENTITYLINK, ACT_RU_AUTHORIZATION, ACT_RU_VARIABLE, ACT_RU_EXECUTION");
        }
    }

    private static String lyckat(HttpResponse<String> svar) {
        if (svar.statusCode() != 200) {
            throw new IllegalStateException(svar.uri() + ": " + svar.statusCode() + " " + svar.body());
        }
        return svar.body();
    }

    record Matning(double p50, double p95, double p99) {
    }

    interface Anrop {
        Object gor() throws Exception;
    }

    /**
     * Times the call in milliseconds after warming it up, and prints p50, p95 and p99. A call that is
     * slow (the bare engine's grows with the square of the list) stops after two minutes of timed
     * calls, and the line says how many there were.
     */
    static Matning mat(String namn, int varv, Anrop anrop) throws Exception {
        long uppvarmningSlut = System.nanoTime() + TIDSGRANS_NANOS / 4;
        for (int i = 0; i < Math.max(1, varv / 4) && System.nanoTime() < uppvarmningSlut; i++) {
            anrop.gor();
        }
        List<Double> tider = new ArrayList<>();
        long slut = System.nanoTime() + TIDSGRANS_NANOS;
        for (int i = 0; i < varv && (i < 10 || System.nanoTime() < slut); i++) {
            long start = System.nanoTime();
            anrop.gor();
            tider.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(tider);
        Matning matning = new Matning(percentil(tider, 50), percentil(tider, 95), percentil(tider, 99));
        System.out.printf("%-62s %6.1f ms %6.1f ms %6.1f ms%s%n", namn, matning.p50(), matning.p95(), matning.p99(),
                tider.size() < varv ? " (" + tider.size() + " anrop)" : "");
        return matning;
    }

    private static double percentil(List<Double> sorterade, int procent) {
        return sorterade.get(Math.max(0, (int) Math.ceil(sorterade.size() * procent / 100.0) - 1));
    }
}
