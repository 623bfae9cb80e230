package se.hemvag.prestanda;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.Http;
import se.hemvag.rapport.SyntetiskaArenden;
import se.hemvag.sektion.Grupper;

/**
 * Benchmark, not a test: the packaged app as operations run it. Start to ready (until
 * {@code /engine-rest/engine} answers) and resident memory, on a new MariaDB database and again on
 * one holding 100,000 closed and 20,000 open cases; then the yearly report over HTTP
 * ({@code GET /api/indikatorer?indelning=AR}, as ledning) and the memory after it. Each start is
 * measured three ways: {@code java -jar} on the fat jar, the jar extracted
 * ({@code -Djarmode=tools extract}), and extracted with a class-data archive from a training run.
 * Needs the jar: {@code ./mvnw -pl app package -DskipTests}. See BENCHMARKS.md.
 *
 * <p>Arguments (optional): closed cases (100000), open cases (20000), timed report calls (30).
 * System property {@code hemvag.benchmark.jvm}: the node's JVM options (default the Dockerfile's).
 */
public final class StartOchMinneBenchmark {

    static final String JVM_STANDARD = "-XX:MaxRAMPercentage=75 -XX:+UseSerialGC";
    private static final String LEDNING = "benchmark-ledning";
    private static final String LOSENORD = "benchmark-losen";

    private StartOchMinneBenchmark() {
    }

    private record Matning(String hur, double sekunder, long rssMb) {
    }

    public static void main(String[] args) throws Exception {
        int avslutade = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int aktiva = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int varv = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        List<String> jvm = Arrays.stream(System.getProperty("hemvag.benchmark.jvm", JVM_STANDARD).split(" "))
                .filter(s -> !s.isBlank()).toList();
        Path jar = fatJar();
        Path katalog = Files.createTempDirectory("hemvag-start");
        Path extraherad = extrahera(jar, katalog);
        EgenDatabas databas = EgenDatabas.ny("hemvag_benchmark_start");
        System.out.printf("%nJar: %s (%d MB). JVM-flaggor: %s%n", jar.getFileName(), Files.size(jar) >> 20, String.join(" ", jvm));

        List<Matning> matningar = new ArrayList<>();
        matningar.add(starta("fat jar, ny databas (skapar tabellerna)", kommando(jvm, jar, List.of()), databas, katalog, null));
        Path arkiv = katalog.resolve("hemvag.jsa");
        trana(jvm, extraherad, arkiv, databas, katalog);

        long start = System.nanoTime();
        ladda(databas, avslutade, aktiva);
        System.out.printf("Laddat %,d avslutade och %,d pågående ärenden på %.0f s.%n", avslutade, aktiva,
                (System.nanoTime() - start) / 1e9);
        for (int gang = 1; gang <= 2; gang++) {
            matningar.add(starta("fat jar, " + gang, kommando(jvm, jar, List.of()), databas, katalog, null));
            matningar.add(starta("extraherad, " + gang, kommando(jvm, extraherad, List.of()), databas, katalog, null));
            matningar.add(starta("extraherad + klassarkiv, " + gang,
                    kommando(jvm, extraherad, List.of("-XX:SharedArchiveFile=" + arkiv)), databas, katalog, null));
        }
        matningar.add(starta("extraherad + klassarkiv, med årsrapport", kommando(jvm, extraherad,
                List.of("-XX:SharedArchiveFile=" + arkiv)), databas, katalog, varv));

        System.out.printf("%n%-48s %12s %14s%n", "", "till redo", "RSS vid redo");
        for (Matning matning : matningar) {
            System.out.printf("%-48s %10.1f s %11d MB%n", matning.hur(), matning.sekunder(), matning.rssMb());
        }
    }

    private static Path fatJar() throws IOException {
        Path target = Path.of("target").toFile().isDirectory() ? Path.of("target") : Path.of("app", "target");
        try (var filer = Files.list(target)) {
            return filer.filter(f -> f.getFileName().toString().equals("hemvag-app.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Ingen jar i " + target.toAbsolutePath()
                            + ". Bygg den först: ./mvnw -pl app package -DskipTests"));
        }
    }

    /** Spring Boot's own extraction: the application jar beside its libraries, no nested jars to read at start. */
    private static Path extrahera(Path jar, Path katalog) throws Exception {
        Path mal = katalog.resolve("extraherad");
        Process process = new ProcessBuilder(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                mal.toString()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("Kunde inte extrahera " + jar);
        }
        try (var filer = Files.list(mal)) {
            return filer.filter(f -> f.getFileName().toString().endsWith(".jar")).findFirst().orElseThrow();
        }
    }

    /** The training run: the app starts up to a refreshed context, exits, and leaves the classes it loaded in an archive. */
    private static void trana(List<String> jvm, Path extraherad, Path arkiv, EgenDatabas databas, Path katalog) throws Exception {
        List<String> kommando = kommando(jvm, extraherad, List.of("-XX:ArchiveClassesAtExit=" + arkiv,
                "-Dspring.context.exit=onRefresh"));
        kommando.addAll(argument(databas, 0));
        Process process = new ProcessBuilder(kommando).redirectErrorStream(true)
                .redirectOutput(katalog.resolve("tranning.log").toFile()).start();
        if (!process.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("Träningskörningen slutade inte på tre minuter; se " + katalog.resolve("tranning.log"));
        }
        if (process.exitValue() != 0 || !Files.exists(arkiv)) {
            throw new IllegalStateException("Träningskörningen gav inget klassarkiv; se " + katalog.resolve("tranning.log"));
        }
    }

    private static void ladda(EgenDatabas databas, int avslutade, int aktiva) {
        ConfigurableApplicationContext app = databas.startaAppen(List.of(SyntetiskaArenden.PROFIL),
                "--camunda.bpm.job-execution.enabled=false");
        try {
            LocalDate idag = LocalDate.now();
            app.getBean(SyntetiskaArenden.class)
                    .skapa(new SyntetiskaArenden.Omfattning(avslutade, aktiva, idag.minusYears(5), idag, 42L));
            app.getBean(JdbcTemplate.class).execute("analyze table klient, arende, rapport_avslut, insats, sip, forsokslagenhet");
            IdentityService identitet = app.getBean(IdentityService.class);
            User ledning = identitet.newUser(LEDNING);
            ledning.setPassword(LOSENORD);
            identitet.saveUser(ledning);
            identitet.createMembership(LEDNING, Grupper.LEDNING);
        } finally {
            app.close();
        }
    }

    private static List<String> kommando(List<String> jvm, Path jar, List<String> mer) {
        List<String> kommando = new ArrayList<>(List.of(java()));
        kommando.addAll(jvm);
        kommando.addAll(mer);
        kommando.addAll(List.of("-jar", jar.toString()));
        return kommando;
    }

    private static List<String> argument(EgenDatabas databas, int port) {
        List<String> argument = new ArrayList<>(List.of("--spring.profiles.active=mariadb", "--server.port=" + port));
        argument.addAll(databas.appArgument());
        return argument;
    }

    /** Starts the node, times it to ready, reads its resident memory; with timed calls also the yearly report and the memory after. */
    private static Matning starta(String hur, List<String> kommando, EgenDatabas databas, Path katalog, Integer varv)
            throws Exception {
        int port;
        try (ServerSocket ledig = new ServerSocket(0)) {
            port = ledig.getLocalPort();
        }
        List<String> helt = new ArrayList<>(kommando);
        helt.addAll(argument(databas, port));
        File logg = katalog.resolve(hur.replaceAll("[^a-zA-Z0-9]+", "-") + ".log").toFile();
        HttpClient klient = HttpClient.newHttpClient();
        HttpRequest motorn = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/engine")).build();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(helt).redirectErrorStream(true).redirectOutput(logg).start();
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(hur + ": appen stannade; se " + logg);
                }
                try {
                    if (klient.send(motorn, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (IOException inteAnnu) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            double sekunder = (System.nanoTime() - start) / 1e9;
            long rss = rssMb(process.pid());
            if (varv != null) {
                arsrapport(new Http(port), varv);
                System.out.printf("RSS efter årsrapporten: %d MB%n", rssMb(process.pid()));
            }
            return new Matning(hur, sekunder, rss);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static void arsrapport(Http http, int varv) throws Exception {
        int ar = LocalDate.now().getYear() - 1;
        String sokvag = "/api/indikatorer?indelning=AR&fran=" + ar + "-01-01&till=" + ar + "-12-31";
        UppgiftslistaBenchmark.mat("Årsrapporten " + ar + " över HTTP (GET " + sokvag + ")", varv, () -> {
            lyckat(http.get(sokvag, LEDNING, LOSENORD));
            return null;
        });
    }

    private static void lyckat(HttpResponse<String> svar) {
        if (svar.statusCode() != 200) {
            throw new IllegalStateException(svar.uri() + " svarade " + svar.statusCode() + ": " + svar.body());
        }
    }

    private static long rssMb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(r -> r.startsWith("VmRSS:"))
                .map(r -> Long.parseLong(r.replaceAll("[^0-9]", "")) / 1024).findFirst().orElse(-1L);
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
