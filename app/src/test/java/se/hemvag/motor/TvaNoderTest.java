package se.hemvag.motor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.hemvag.Http;
import se.hemvag.prestanda.EgenDatabas;
import se.hemvag.sektion.Sektion;

/**
 * Two nodes, each its own JVM, start at the same moment on one new MariaDB database, as two
 * instances behind a load balancer would: the engine's tables, the groups, Tasklist's filters, the
 * authorizations and the demo data are made once (EnNodIStarten), both come up, and a task completed
 * through one node is gone on the other. Runs only in the MariaDB run (tag "mariadb"): H2 is one
 * node's own file.
 */
@Tag("mariadb")
class TvaNoderTest {

    private static final String HANDLAGGARE = "handlaggare-mottagningen";
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private final List<Process> noder = new ArrayList<>();

    @AfterEach
    void stoppa() {
        noder.forEach(Process::destroy);
    }

    @Test
    void tvaNoderSomStartarSamtidigtSkaparAlltEnGangOchDelarUppgifterna() throws Exception {
        EgenDatabas databas = EgenDatabas.ny("hemvag_tva_noder");
        Path katalog = Files.createTempDirectory("hemvag-tva-noder");
        for (int nod = 1; nod <= 2; nod++) {
            List<String> kommando = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx384m", "-cp", System.getProperty("java.class.path"), "se.hemvag.HemvagApplication",
                    "--spring.profiles.active=mariadb,demo", "--server.port=0"));
            kommando.addAll(databas.appArgument());
            noder.add(new ProcessBuilder(kommando).redirectErrorStream(true)
                    .redirectOutput(katalog.resolve("nod" + nod + ".log").toFile()).start());
        }
        int[] portar = new int[2];
        for (int nod = 0; nod < 2; nod++) {
            portar[nod] = vantaTillsStartad(noder.get(nod), katalog.resolve("nod" + (nod + 1) + ".log"));
        }
        String loggar = Files.readString(katalog.resolve("nod1.log")) + Files.readString(katalog.resolve("nod2.log"));
        assertThat(loggar).as("den ena noden väntade på den andras start").contains("Startlåset hemvag.start togs efter");

        try (Connection sql = DriverManager.getConnection(databas.jdbcUrl(), "root", "");
             Statement fraga = sql.createStatement()) {
            assertThat(rader(fraga, "select NAME_ from ACT_RU_FILTER group by NAME_ having count(*) > 1")).isEmpty();
            // Mina uppgifter, and each section's list and its overdue tasks
            assertThat(rader(fraga, "select NAME_ from ACT_RU_FILTER")).hasSize(1 + 2 * Sektion.values().length);
            assertThat(rader(fraga, "select identitetsnummer from klient group by identitetsnummer having count(*) > 1")).isEmpty();
            assertThat(rader(fraga, "select NAME_ from ACT_RE_PROCDEF group by NAME_, KEY_ having count(*) > 1")).isEmpty();
            assertThat(rader(fraga, "select ID_ from ACT_RE_DEPLOYMENT")).hasSize(1);
        }

        // a task of mottagningen's, completed through node 1, is no longer there through node 2
        Http nod1 = new Http(portar[0]);
        Http nod2 = new Http(portar[1]);
        String uppgift = hamta(nod1, "/engine-rest/task?candidateGroup=mottagningen&taskDefinitionKey=Task_Tillhorighetsutredning"
                + "&sortBy=created&sortOrder=asc&maxResults=1").replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        assertThat(hamta(nod2, "/engine-rest/task/" + uppgift)).contains(uppgift);
        HttpResponse<String> tilldelning = nod1.postJson("/engine-rest/task/" + uppgift + "/claim", HANDLAGGARE, "demo",
                "{\"userId\":\"" + HANDLAGGARE + "\"}");
        assertThat(tilldelning.statusCode()).as(tilldelning.body()).isEqualTo(204);
        assertThat(hamta(nod2, "/engine-rest/task/" + uppgift)).contains("\"assignee\":\"" + HANDLAGGARE + "\"");
    }

    private static List<String> rader(Statement fraga, String sql) throws Exception {
        List<String> rader = new ArrayList<>();
        try (ResultSet svar = fraga.executeQuery(sql)) {
            while (svar.next()) {
                rader.add(svar.getString(1));
            }
        }
        return rader;
    }

    /** Waits for the node's "started" line and gives its port; fails with its log if it stops or takes over five minutes. */
    private static int vantaTillsStartad(Process nod, Path logg) throws Exception {
        long grans = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < grans) {
            String text = Files.exists(logg) ? Files.readString(logg) : "";
            Matcher port = PORT.matcher(text);
            if (text.contains("Started HemvagApplication") && port.find()) {
                return Integer.parseInt(port.group(1));
            }
            if (!nod.isAlive()) {
                throw new AssertionError("Noden stannade under starten:\n" + sista(text));
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Noden startade inte på fem minuter:\n" + sista(Files.readString(logg)));
    }

    private static String sista(String text) {
        return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
    }

    private static String hamta(Http nod, String sokvag) {
        HttpResponse<String> svar = nod.get(sokvag, HANDLAGGARE, "demo");
        assertThat(svar.statusCode()).as(sokvag + ": " + svar.body()).isEqualTo(200);
        return svar.body();
    }
}
