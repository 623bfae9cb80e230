package se.hemvag.prestanda;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.hemvag.Http;
import se.hemvag.Reststeg;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.avslut.AvslutProcessen;
import se.hemvag.sektion.Sektion;

/**
 * Benchmark, not a test: the whole case path through Hemväg's REST API on MariaDB (application →
 * belonging investigation → investigation → decision → intervention → closure request → closure
 * form), with 1 and 2 client threads, beside a bare Camunda engine running the same shape through
 * its Java API in the same JVM on the same server. Each case is 12 calls that change something
 * (the application, a claim and a completion per task, the closure request), in both. Prints
 * cases and changing calls per second, and per case the database's commits and statements
 * (MariaDB's own counters, taken around each phase). See BENCHMARKS.md.
 *
 * <p>Argument (optional): seconds per phase (default 30).
 */
public final class ArendeflodeBenchmark {

    private static final String MOTTAGNINGEN = "benchmark-mottagningen";
    private static final String VUXEN = "benchmark-vuxen";
    private static final String LOSENORD = "benchmark-losen";
    private static final int ANROP_PER_ARENDE = 12;

    private ArendeflodeBenchmark() {
    }

    private record Fas(int arenden, double sekunder, long commits, long satser) {
        double arendenPerSekund() {
            return arenden / sekunder;
        }
    }

    public static void main(String[] args) throws Exception {
        int sekunder = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        EgenDatabas hemvagsDatabas = EgenDatabas.ny("hemvag_benchmark_flode");
        EgenDatabas barDatabas = EgenDatabas.ny("hemvag_benchmark_bar_flode");
        // no job executor: no timer falls due within a run, and its polling would only add noise
        ConfigurableApplicationContext app = hemvagsDatabas.startaAppen(List.of(), "--camunda.bpm.job-execution.enabled=false");
        try (BarMotor bar = new BarMotor(barDatabas);
             Connection root = DriverManager.getConnection("jdbc:mariadb://" + hemvagsDatabas.server() + "/", "root", "")) {
            bar.driftsatt(BarMotor.arendeflode(), BarMotor.ARENDEFLODE);
            bar.tillatArendeflode();
            IdentityService identitet = app.getBean(IdentityService.class);
            skapaAnvandare(identitet, MOTTAGNINGEN, Sektion.MOTTAGNINGEN);
            skapaAnvandare(identitet, VUXEN, Sektion.VUXEN);
            Http http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
            Reststeg mottagningen = new Reststeg(http, MOTTAGNINGEN, LOSENORD);
            Reststeg vuxen = new Reststeg(http, VUXEN, LOSENORD);
            AtomicInteger barNummer = new AtomicInteger();

            IntSupplier hemvagsArende = () -> hemvagsArende(mottagningen, vuxen);
            IntSupplier barArende = () -> bar.arendeflode(barNummer.incrementAndGet());
            for (int i = 0; i < 10; i++) {
                hemvagsArende.getAsInt();
                barArende.getAsInt();
            }
            System.out.printf("%nHela ärendeflödet, %d s per mätning, %d ändrande anrop per ärende.%n", sekunder, ANROP_PER_ARENDE);
            System.out.printf("%-34s %10s %12s %14s %14s%n", "", "ärenden/s", "anrop/s", "commits/ärende", "satser/ärende");
            for (int tradar = 1; tradar <= 2; tradar++) {
                Fas hemvag = mat(root, tradar, sekunder, hemvagsArende);
                Fas barMotor = mat(root, tradar, sekunder, barArende);
                skriv("Hemväg, REST, " + tradar + " klient" + (tradar > 1 ? "er" : ""), hemvag);
                skriv("Bar motor, Java-API, " + tradar + " tråd" + (tradar > 1 ? "ar" : ""), barMotor);
                System.out.printf("Kvot mot den bara motorn (%d): %.2f×%n", tradar, hemvag.arendenPerSekund() / barMotor.arendenPerSekund());
            }
        } finally {
            app.close();
        }
    }

    private static void skapaAnvandare(IdentityService identitet, String id, Sektion sektion) {
        User anvandare = identitet.newUser(id);
        anvandare.setPassword(LOSENORD);
        identitet.saveUser(anvandare);
        identitet.createMembership(id, sektion.gruppId());
    }

    /** One case from application to closure through REST, as Hemlöshetsmottagningen and then Vuxensektionen. */
    private static int hemvagsArende(Reststeg mottagningen, Reststeg vuxen) {
        String idag = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
        String arendenummer = Reststeg.las(lyckat(mottagningen.registreraNyKlient(45)).body()).get("arendenummer").asText();
        String uppgift = mottagningen.tillhorighetsutredningen(arendenummer);
        lyckat(mottagningen.tilldelaSig(uppgift));
        lyckat(mottagningen.slutforTillhorighetsutredningen(uppgift));
        steg(vuxen, arendenummer, ArendeProcessen.TASK_PABORJA_UTREDNING, "\"utredningPaborjad\": " + text(idag)
                + ", \"utredningsinstrument\": " + text("ASI") + ", \"utredningPlan\": " + text("Samtal och kontakt med vården"));
        steg(vuxen, arendenummer, ArendeProcessen.TASK_BESLUTA_INSATSER, "\"beslut\": " + text("BEVILJAT")
                + ", \"beslutsdatum\": " + text(idag) + ", \"beslutMotivering\": " + text("Behov av boende och stöd"));
        steg(vuxen, arendenummer, ArendeProcessen.TASK_REGISTRERA_INSATS, "\"insatstyp\": " + text("STODBOENDE")
                + ", \"insatsStart\": " + text(idag) + ", \"utforare\": " + text("Stödboendet")
                + ", \"kostnadPerDygn\": {\"value\": 800, \"type\": \"Long\"}");
        lyckat(vuxen.begarAvslut(arendenummer, "MALEN_UPPNADDA"));
        steg(vuxen, arendenummer, AvslutProcessen.TASK_AVSLUTNINGSBLANKETT, "\"avslutsorsak\": " + text("MALEN_UPPNADDA")
                + ", \"boendeVidAvslut\": " + text("FORSTAHANDSKONTRAKT") + ", \"egenForsorjning\": " + text("JA")
                + ", \"avslutsdatum\": " + text(idag));
        return ANROP_PER_ARENDE;
    }

    private static void steg(Reststeg sektionen, String arendenummer, String uppgiftsnyckel, String formular) {
        String uppgift = sektionen.uppgift(arendenummer, uppgiftsnyckel);
        if (uppgift == null) {
            throw new IllegalStateException("Ärende " + arendenummer + " har ingen öppen " + uppgiftsnyckel);
        }
        lyckat(sektionen.tilldelaSig(uppgift));
        lyckat(sektionen.slutfor(uppgift, formular));
    }

    private static String text(String varde) {
        return "{\"value\": \"" + varde + "\", \"type\": \"String\"}";
    }

    private static HttpResponse<String> lyckat(HttpResponse<String> svar) {
        if (svar.statusCode() / 100 != 2) {
            throw new IllegalStateException(svar.uri() + " svarade " + svar.statusCode() + ": " + svar.body());
        }
        return svar;
    }

    /** Cases run to the end from this many threads for this long, and the server's commits and statements meanwhile. */
    private static Fas mat(Connection root, int tradar, int sekunder, IntSupplier arende) throws Exception {
        Map<String, Long> fore = raknare(root);
        long start = System.nanoTime();
        long slut = start + sekunder * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(tradar);
        try {
            List<Future<Integer>> klara = new ArrayList<>();
            for (int trad = 0; trad < tradar; trad++) {
                klara.add(pool.submit(() -> {
                    int arenden = 0;
                    while (System.nanoTime() < slut) {
                        arende.getAsInt();
                        arenden++;
                    }
                    return arenden;
                }));
            }
            int arenden = 0;
            for (Future<Integer> klar : klara) {
                arenden += klar.get();
            }
            double tid = (System.nanoTime() - start) / 1e9;
            Map<String, Long> efter = raknare(root);
            return new Fas(arenden, tid, efter.get("Com_commit") - fore.get("Com_commit"),
                    efter.get("Questions") - fore.get("Questions"));
        } finally {
            pool.shutdown();
        }
    }

    private static Map<String, Long> raknare(Connection root) throws Exception {
        Map<String, Long> varden = new HashMap<>();
        try (Statement sql = root.createStatement();
             ResultSet rad = sql.executeQuery("show global status where Variable_name in ('Com_commit', 'Questions')")) {
            while (rad.next()) {
                varden.put(rad.getString(1), rad.getLong(2));
            }
        }
        return varden;
    }

    private static void skriv(String namn, Fas fas) {
        System.out.printf("%-34s %10.1f %12.1f %14.1f %14.1f%n", namn, fas.arendenPerSekund(),
                fas.arendenPerSekund() * ANROP_PER_ARENDE, (double) fas.commits / fas.arenden, (double) fas.satser / fas.arenden);
    }
}
