package se.hemvag.motor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.hemvag.Http;
import se.hemvag.Nod;
import se.hemvag.Reststeg;
import se.hemvag.prestanda.EgenDatabas;
import se.hemvag.sektion.Sektion;

/**
 * Two nodes, each its own JVM, start at the same moment on one new MariaDB database, as two
 * instances behind a load balancer would: the engine's tables, the groups, Tasklist's filters, the
 * authorizations and the demo data are made once (EnNodIStarten), both come up, and a task completed
 * through one node is gone on the other. Then 1,000 cases get their contact watch due at once, and
 * both nodes' job executors take them: each timer runs exactly once. Both nodes' nightly culling
 * fires every other second: it runs once. Prints jobs due, run and duplicated. Runs only in the
 * MariaDB run (tag "mariadb"): H2 is one node's own file.
 */
@Tag("mariadb")
class TvaNoderTest {

    private static final String HANDLAGGARE = Reststeg.MOTTAGNINGEN;
    private static final int ARENDEN = 1_000;
    /** JobState.SUCCESSFUL and FAILED in the engine's job log. */
    private static final int LYCKADES = 2;
    private static final int MISSLYCKADES = 1;
    private final List<Nod> noder = new ArrayList<>();

    @AfterEach
    void stoppa() throws InterruptedException {
        for (Nod nod : noder) {
            nod.close();
        }
    }

    @Test
    void tvaNoderSomStartarSamtidigtSkaparAlltEnGangOchDelarUppgifterTimrarOchNattensGallring() throws Exception {
        EgenDatabas databas = EgenDatabas.ny("hemvag_tva_noder");
        Path katalog = Files.createTempDirectory("hemvag-tva-noder");
        for (int nod = 1; nod <= 2; nod++) {
            noder.add(Nod.starta(databas, katalog.resolve("nod" + nod + ".log"),
                    "--camunda.bpm.generic-properties.properties.hostname=nod" + nod, "--hemvag.gallring.schema=*/2 * * * * *",
                    // an idle job executor looks again after at most a second (the default backs off up to a minute),
                    // so that both nodes are there when the 1,000 fall due
                    "--camunda.bpm.job-execution.max-wait=1000"));
        }
        List<Http> http = new ArrayList<>();
        for (Nod nod : noder) {
            http.add(new Http(nod.vantaTillsStartad()));
        }
        assertThat(noder.get(0).logg() + noder.get(1).logg()).as("den ena noden väntade på den andras start")
                .contains("Startlåset hemvag.start togs efter");

        try (Connection sql = DriverManager.getConnection(databas.jdbcUrl(), "root", "");
             Statement fraga = sql.createStatement()) {
            assertThat(rader(fraga, "select NAME_ from ACT_RU_FILTER group by NAME_ having count(*) > 1")).isEmpty();
            // Mina uppgifter, and each section's list and its overdue tasks
            assertThat(rader(fraga, "select NAME_ from ACT_RU_FILTER")).hasSize(1 + 2 * Sektion.values().length);
            assertThat(rader(fraga, "select identitetsnummer from klient group by identitetsnummer having count(*) > 1")).isEmpty();
            assertThat(rader(fraga, "select NAME_ from ACT_RE_PROCDEF group by NAME_, KEY_ having count(*) > 1")).isEmpty();
            assertThat(rader(fraga, "select ID_ from ACT_RE_DEPLOYMENT")).hasSize(1);
        }

        // a task of mottagningen's, claimed and completed through node 1, is gone on node 2
        Reststeg nod1 = new Reststeg(http.get(0));
        String arendenummer = Reststeg.las(nod1.registreraNyKlient(35).body()).get("arendenummer").asText();
        String uppgift = nod1.tillhorighetsutredningen(arendenummer);
        assertThat(hamta(http.get(1), "/engine-rest/task/" + uppgift)).contains(uppgift);
        HttpResponse<String> tilldelning = nod1.tilldelaSig(uppgift);
        assertThat(tilldelning.statusCode()).as(tilldelning.body()).isEqualTo(204);
        assertThat(hamta(http.get(1), "/engine-rest/task/" + uppgift)).contains("\"assignee\":\"" + HANDLAGGARE + "\"");
        HttpResponse<String> slutford = nod1.slutforTillhorighetsutredningen(uppgift);
        assertThat(slutford.statusCode()).as(slutford.body()).isEqualTo(204);
        assertThat(http.get(1).get("/engine-rest/task/" + uppgift, HANDLAGGARE, "demo").statusCode()).isEqualTo(404);

        List<String> arenden = registrera(http);
        try (Connection sql = DriverManager.getConnection(databas.jdbcUrl(), "root", "")) {
            List<String> jobb = kontaktbevakningarnasJobb(sql, arenden);
            assertThat(jobb).as("en kontaktbevakning per ärende").hasSize(ARENDEN);
            for (List<String> del : delar(jobb)) {
                uppdatera(sql, "update ACT_RU_JOB set DUEDATE_ = timestamp '2000-01-01 00:00:00' where ID_ in " + platser(del), del);
            }
            long start = System.nanoTime();
            long grans = start + Duration.ofMinutes(4).toNanos();
            while (kvar(sql, jobb) > 0 && System.nanoTime() < grans) {
                Thread.sleep(500);
            }
            double sekunder = (System.nanoTime() - start) / 1e9;
            Map<String, Integer> korningar = new HashMap<>();
            Map<String, Integer> perNod = new TreeMap<>();
            int misslyckade = 0;
            for (List<String> del : delar(jobb)) {
                try (PreparedStatement logg = sql.prepareStatement("select JOB_ID_, JOB_STATE_, HOSTNAME_ from ACT_HI_JOB_LOG"
                        + " where JOB_ID_ in " + platser(del) + " and JOB_STATE_ in (" + LYCKADES + ", " + MISSLYCKADES + ")")) {
                    satt(logg, del);
                    try (ResultSet rad = logg.executeQuery()) {
                        while (rad.next()) {
                            if (rad.getInt(2) == LYCKADES) {
                                korningar.merge(rad.getString(1), 1, Integer::sum);
                                perNod.merge(rad.getString(3), 1, Integer::sum);
                            } else {
                                misslyckade++;
                            }
                        }
                    }
                }
            }
            long dubbletter = korningar.values().stream().filter(n -> n > 1).count();
            int dubblaGenomgangar = 0;
            for (List<String> del : delar(arenden)) {
                try (PreparedStatement grind = sql.prepareStatement("select count(*) from ACT_HI_ACTINST a join ACT_HI_PROCINST p"
                        + " on p.ID_ = a.PROC_INST_ID_ where a.ACT_ID_ = 'Gateway_BehoverKontaktforsok' and p.BUSINESS_KEY_ in "
                        + platser(del) + " group by p.ID_ having count(*) > 1")) {
                    satt(grind, del);
                    try (ResultSet rad = grind.executeQuery()) {
                        while (rad.next()) {
                            dubblaGenomgangar++;
                        }
                    }
                }
            }
            System.out.printf("Två noder: %,d timerjobb förfallna, %,d körda på %.1f s %s, %d körda mer än en gång,"
                            + " %d ärenden som passerat kontrollen två gånger, %d misslyckade försök.%n",
                    jobb.size(), korningar.size(), sekunder, perNod, dubbletter, dubblaGenomgangar, misslyckade);
            assertThat(korningar).as("körda timerjobb").hasSize(ARENDEN);
            assertThat(dubbletter).as("timerjobb körda mer än en gång").isZero();
            assertThat(dubblaGenomgangar).isZero();
            assertThat(perNod).as("båda nodernas jobbexekverare tog jobb").containsOnlyKeys("nod1", "nod2");
            assertThat(kontaktbevakningarnasJobb(sql, arenden)).as("nästa kontroll väntar i varje ärende").hasSize(ARENDEN);

            // every node's schedule fired every other second during all this: the night's culling ran once
            assertThat(antal(sql, "select count(*) from nattkorning where uppgift = 'gallring'")).isOne();
            assertThat(antal(sql, "select count(*) from nattkorning where uppgift = 'gallring' and datum = '"
                    + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")) + "'")).isOne();
        }
        String loggar = noder.get(0).logg() + noder.get(1).logg();
        assertThat(Pattern.compile("Gallringen \\S+ körd på").matcher(loggar).results().count()).isOne();
        assertThat(loggar).contains("körs av en annan nod");
    }

    /** The cases, registered from two clients per node at once; their case numbers. */
    private static List<String> registrera(List<Http> http) throws Exception {
        ExecutorService klienter = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> svar = new ArrayList<>();
            for (int i = 0; i < ARENDEN; i++) {
                Reststeg steg = new Reststeg(http.get(i % 2));
                svar.add(klienter.submit(() -> {
                    HttpResponse<String> registrerad = steg.registreraNyKlient(36);
                    assertThat(registrerad.statusCode()).as(registrerad.body()).isEqualTo(201);
                    return Reststeg.las(registrerad.body()).get("arendenummer").asText();
                }));
            }
            List<String> arenden = new ArrayList<>();
            for (Future<String> nummer : svar) {
                arenden.add(nummer.get());
            }
            return arenden;
        } finally {
            klienter.shutdown();
        }
    }

    private static List<String> kontaktbevakningarnasJobb(Connection sql, List<String> arenden) throws Exception {
        List<String> jobb = new ArrayList<>();
        for (List<String> del : delar(arenden)) {
            try (PreparedStatement fraga = sql.prepareStatement("select j.ID_ from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_"
                    + " join ACT_RU_EXECUTION e on e.ID_ = j.PROCESS_INSTANCE_ID_ where d.ACT_ID_ = 'Timer_Kontaktbevakning'"
                    + " and e.BUSINESS_KEY_ in " + platser(del))) {
                satt(fraga, del);
                try (ResultSet rad = fraga.executeQuery()) {
                    while (rad.next()) {
                        jobb.add(rad.getString(1));
                    }
                }
            }
        }
        return jobb;
    }

    private static int kvar(Connection sql, List<String> jobb) throws Exception {
        int kvar = 0;
        for (List<String> del : delar(jobb)) {
            try (PreparedStatement fraga = sql.prepareStatement("select count(*) from ACT_RU_JOB where ID_ in " + platser(del))) {
                satt(fraga, del);
                try (ResultSet rad = fraga.executeQuery()) {
                    rad.next();
                    kvar += rad.getInt(1);
                }
            }
        }
        return kvar;
    }

    private static List<List<String>> delar(List<String> alla) {
        List<List<String>> delar = new ArrayList<>();
        for (int i = 0; i < alla.size(); i += 200) {
            delar.add(alla.subList(i, Math.min(alla.size(), i + 200)));
        }
        return delar;
    }

    private static String platser(List<String> del) {
        return "(" + String.join(", ", java.util.Collections.nCopies(del.size(), "?")) + ")";
    }

    private static void satt(PreparedStatement sats, List<String> varden) throws Exception {
        for (int i = 0; i < varden.size(); i++) {
            sats.setString(i + 1, varden.get(i));
        }
    }

    private static void uppdatera(Connection sql, String sats, List<String> varden) throws Exception {
        try (PreparedStatement uppdatering = sql.prepareStatement(sats)) {
            satt(uppdatering, varden);
            uppdatering.executeUpdate();
        }
    }

    private static int antal(Connection sql, String fraga) throws Exception {
        try (Statement sats = sql.createStatement(); ResultSet rad = sats.executeQuery(fraga)) {
            rad.next();
            return rad.getInt(1);
        }
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

    private static String hamta(Http nod, String sokvag) {
        HttpResponse<String> svar = nod.get(sokvag, HANDLAGGARE, "demo");
        assertThat(svar.statusCode()).as(sokvag + ": " + svar.body()).isEqualTo(200);
        return svar.body();
    }
}
