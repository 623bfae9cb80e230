package se.hemvag.motor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
            List<String> argument = new ArrayList<>(List.of("--camunda.bpm.generic-properties.properties.hostname=nod" + nod,
                    "--hemvag.gallring.schema=*/2 * * * * *",
                    // an idle job executor looks again after at most a second (the default backs off up to a minute),
                    // so that both nodes are there when the 1,000 fall due
                    "--camunda.bpm.job-execution.max-wait=1000"));
            if (nod == 2) {
                // the second node logs as JSON, one object a line, as a log collector reads it
                argument.add("--spring.profiles.include=jsonloggar");
            }
            noder.add(Nod.starta(databas, katalog.resolve("nod" + nod + ".log"), argument.toArray(String[]::new)));
        }
        List<Http> http = new ArrayList<>();
        for (Nod nod : noder) {
            http.add(new Http(nod.vantaTillsStartad()));
        }
        assertThat(noder.get(0).logg() + noder.get(1).logg()).as("den ena noden väntade på den andras start")
                .contains("Startlåset hemvag.start togs efter");

        NamedParameterJdbcTemplate sql = databas.somRoot();
        JdbcTemplate fraga = sql.getJdbcTemplate();
        assertThat(fraga.queryForList("select NAME_ from ACT_RU_FILTER group by NAME_ having count(*) > 1", String.class)).isEmpty();
        // Mina uppgifter, each section's list and its overdue tasks, and the utredningssekreterare's spot checks
        assertThat(fraga.queryForList("select NAME_ from ACT_RU_FILTER", String.class)).hasSize(1 + 2 * Sektion.values().length + 1);
        assertThat(fraga.queryForList("select identitetsnummer from klient group by identitetsnummer having count(*) > 1",
                String.class)).isEmpty();
        assertThat(fraga.queryForList("select NAME_ from ACT_RE_PROCDEF group by NAME_, KEY_ having count(*) > 1", String.class))
                .isEmpty();
        assertThat(fraga.queryForList("select ID_ from ACT_RE_DEPLOYMENT", String.class)).hasSize(1);

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
        List<String> jobb = kontaktbevakningarnasJobb(sql, arenden);
        assertThat(jobb).as("en kontaktbevakning per ärende").hasSize(ARENDEN);
        Map<String, List<String>> jobben = Map.of("jobb", jobb);
        sql.update("update ACT_RU_JOB set DUEDATE_ = timestamp '2000-01-01 00:00:00' where ID_ in (:jobb)", jobben);
        long start = System.nanoTime();
        long grans = start + Duration.ofMinutes(4).toNanos();
        while (sql.queryForObject("select count(*) from ACT_RU_JOB where ID_ in (:jobb)", jobben, Integer.class) > 0
                && System.nanoTime() < grans) {
            Thread.sleep(500);
        }
        double sekunder = (System.nanoTime() - start) / 1e9;
        Map<String, Integer> korningar = new HashMap<>();
        Map<String, Integer> perNod = new TreeMap<>();
        int[] misslyckade = {0};
        sql.query("select JOB_ID_, JOB_STATE_, HOSTNAME_ from ACT_HI_JOB_LOG where JOB_ID_ in (:jobb) and JOB_STATE_ in ("
                + LYCKADES + ", " + MISSLYCKADES + ")", jobben, rad -> {
                    if (rad.getInt(2) == LYCKADES) {
                        korningar.merge(rad.getString(1), 1, Integer::sum);
                        perNod.merge(rad.getString(3), 1, Integer::sum);
                    } else {
                        misslyckade[0]++;
                    }
                });
        long dubbletter = korningar.values().stream().filter(n -> n > 1).count();
        int dubblaGenomgangar = sql.queryForList("select p.ID_ from ACT_HI_ACTINST a join ACT_HI_PROCINST p on p.ID_ = a.PROC_INST_ID_"
                + " where a.ACT_ID_ = 'Gateway_BehoverKontaktforsok' and p.BUSINESS_KEY_ in (:arenden) group by p.ID_"
                + " having count(*) > 1", Map.of("arenden", arenden), String.class).size();
        System.out.printf("Två noder: %,d timerjobb förfallna, %,d körda på %.1f s %s, %d körda mer än en gång,"
                        + " %d ärenden som passerat kontrollen två gånger, %d misslyckade försök.%n",
                jobb.size(), korningar.size(), sekunder, perNod, dubbletter, dubblaGenomgangar, misslyckade[0]);
        assertThat(korningar).as("körda timerjobb").hasSize(ARENDEN);
        assertThat(dubbletter).as("timerjobb körda mer än en gång").isZero();
        assertThat(dubblaGenomgangar).isZero();
        assertThat(perNod).as("båda nodernas jobbexekverare tog jobb").containsOnlyKeys("nod1", "nod2");
        assertThat(kontaktbevakningarnasJobb(sql, arenden)).as("nästa kontroll väntar i varje ärende").hasSize(ARENDEN);

        // every node's schedule fired every other second during all this: the night's culling ran once
        assertThat(fraga.queryForObject("select count(*) from nattkorning where uppgift = 'gallring'", Integer.class)).isOne();
        assertThat(fraga.queryForObject("select count(*) from nattkorning where uppgift = 'gallring' and datum = ?", Integer.class,
                java.sql.Date.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"))))).isOne();
        String loggar = noder.get(0).logg() + noder.get(1).logg();
        assertThat(Pattern.compile("Gallringen \\S+ körd på").matcher(loggar).results().count()).isOne();
        assertThat(loggar).contains("körs av en annan nod");

        // operations see both nodes ready, and what their job executors did, in Prometheus
        double utforda = 0;
        for (Http nod : http) {
            HttpResponse<String> redo = nod.get("/actuator/health/readiness", null, null);
            assertThat(redo.statusCode()).as(redo.body()).isEqualTo(200);
            assertThat(redo.body()).isEqualTo("{\"status\":\"UP\"}");
            HttpResponse<String> matt = nod.getText("/actuator/prometheus", "overvakning", "demo");
            assertThat(matt.statusCode()).as(matt.body()).isEqualTo(200);
            assertThat(matt.body()).contains("camunda_jobbexekutor_aktiv{application=\"hemvag\"} 1.0");
            utforda += Double.parseDouble(Pattern.compile("(?m)^camunda_jobb_utforda_total\\{[^}]*} (\\S+)$").matcher(matt.body())
                    .results().findFirst().orElseThrow().group(1));
        }
        assertThat(utforda).as("timerjobb som nodernas jobbexekutorer räknat").isGreaterThanOrEqualTo(ARENDEN);

        List<String> jsonrader = noder.get(1).logg().lines().filter(rad -> rad.startsWith("{")).toList();
        assertThat(jsonrader).isNotEmpty();
        for (String rad : jsonrader) {
            assertThat(new ObjectMapper().readTree(rad).has("message")).as(rad).isTrue();
        }
        assertThat(jsonrader).anyMatch(rad -> rad.contains("\"message\":\"Hemväg tar emot trafik\""));
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

    private static List<String> kontaktbevakningarnasJobb(NamedParameterJdbcTemplate sql, List<String> arenden) {
        return sql.queryForList("select j.ID_ from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_"
                + " join ACT_RU_EXECUTION e on e.ID_ = j.PROCESS_INSTANCE_ID_ where d.ACT_ID_ = 'Timer_Kontaktbevakning'"
                + " and e.BUSINESS_KEY_ in (:arenden)", Map.of("arenden", arenden), String.class);
    }

    private static String hamta(Http nod, String sokvag) {
        HttpResponse<String> svar = nod.get(sokvag, HANDLAGGARE, "demo");
        assertThat(svar.statusCode()).as(sokvag + ": " + svar.body()).isEqualTo(200);
        return svar.body();
    }
}
