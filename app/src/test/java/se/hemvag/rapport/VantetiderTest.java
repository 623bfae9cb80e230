package se.hemvag.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.Testklienter;
import se.hemvag.ansokan.Ansokningsmottagning;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.avslut.KontaktforsokProcessen;
import se.hemvag.forsokslagenhet.Forsoksforlopp;

/**
 * Where cases wait: a cohort driven through the process with the engine's clock at set days in a
 * year of its own, counted by hand. The shared test database holds other tests' open cases too, so
 * the figures are checked on the cohort's own cases as the queries find them, and over HTTP as the
 * change the cohort makes, with who may see what.
 */
@HemvagSpringTest
class VantetiderTest {

    private static final LocalDate IDAG = LocalDate.of(2027, 3, 1);
    private static final List<String> SEKTIONER = List.of("mottagningen", "forsorjning", "vuxen", "vard-och-omsorg");

    @LocalServerPort int port;
    @Autowired Ansokningsmottagning mottagning;
    @Autowired Arendeforlopp forlopp;
    @Autowired Forsoksforlopp forsok;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repositoryService;
    @Autowired Vantetider vantetider;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    @AfterEach
    void aterstallKlockan() {
        ClockUtil.reset();
    }

    private static void klockan(int dagarFore) {
        ClockUtil.setCurrentTime(Date.from(IDAG.minusDays(dagarFore).atTime(10, 0).atZone(ZoneId.of("Europe/Stockholm"))
                .toInstant()));
    }

    private Arende ansokt(int dagarFore) {
        klockan(dagarFore);
        return mottagning.registreraOchStarta(Testklienter.ansokan(), "handlaggare-mottagningen");
    }

    private void tillhorighetUtredd(Arende arende, String behov, int dagarFore) {
        klockan(dagarFore);
        ProcessInstance tillhorighet = runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(forlopp.process(arende).getId()).singleResult();
        taskService.complete(taskService.createTaskQuery().processInstanceId(tillhorighet.getId()).singleResult().getId(),
                Map.of("kontaktStadsdel", "nej", "kontaktBarn", "nej", "hemloshetssituation", "AKUT_HEMLOS", behov, true));
    }

    private void utredningPaborjad(Arende arende, int dagarFore) {
        klockan(dagarFore);
        taskService.complete(forlopp.uppgift(arende).getId(), Map.of("utredningPaborjad", IDAG.minusDays(dagarFore).toString(),
                "utredningsinstrument", "ASI", "utredningPlan", "Samtal"));
    }

    private Arende underUtredning(String behov, int paborjad) {
        Arende arende = ansokt(40);
        tillhorighetUtredd(arende, behov, 30);
        utredningPaborjad(arende, paborjad);
        return arende;
    }

    private Arende pagaende() {
        klockan(60);
        return forlopp.pagaende("behovMissbruk", Map.of());
    }

    /** The stage's figures for the section (or hela-enheten) in an answer of the API. */
    private static JsonNode siffror(JsonNode svar, String steg, String sektion) {
        for (JsonNode s : svar.path("steg")) {
            if (s.path("id").asText().equals(steg)) {
                if ("hela-enheten".equals(sektion)) {
                    return s.path("helaEnheten");
                }
                for (JsonNode per : s.path("perSektion")) {
                    if (per.path("sektion").asText().equals(sektion)) {
                        return per;
                    }
                }
            }
        }
        throw new AssertionError("Inga siffror för " + steg + " i " + sektion + ": " + svar);
    }

    private Map<String, Integer> antal(JsonNode svar) {
        Map<String, Integer> antal = new HashMap<>();
        for (JsonNode s : svar.path("steg")) {
            antal.put(s.path("id").asText() + "/hela-enheten", s.path("helaEnheten").path("antal").asInt());
            s.path("perSektion").forEach(per -> antal.put(s.path("id").asText() + "/" + per.path("sektion").asText(),
                    per.path("antal").asInt()));
        }
        return antal;
    }

    private JsonNode hamta(Http http, String fraga, String anvandare) throws Exception {
        HttpResponse<String> svar = http.get("/api/vantetider" + fraga, anvandare, "demo");
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        return json.readTree(svar.body());
    }

    @Test
    void varjeStegRaknasPerSektionOchForHelaEnhetenMedMedianP90OchDeSomVantatLangst() throws Exception {
        Http http = new Http(port);
        Map<String, Integer> fore = antal(hamta(http, "", "chef"));

        Map<String, String> kohort = new LinkedHashMap<>();
        // the belonging investigation: mottagningen's, from the application
        kohort.put(ansokt(10).getArendenummer(), "tillhorighetsutredning mottagningen 10");
        kohort.put(ansokt(20).getArendenummer(), "tillhorighetsutredning mottagningen 20");
        kohort.put(ansokt(40).getArendenummer(), "tillhorighetsutredning mottagningen 40");
        // handed to the section, investigation not started: from the belonging investigation
        Arende vuxenEjPaborjad = ansokt(30);
        tillhorighetUtredd(vuxenEjPaborjad, "behovMissbruk", 12);
        kohort.put(vuxenEjPaborjad.getArendenummer(), "sektionens-utredning vuxen 12");
        Arende forsorjningEjPaborjad = ansokt(8);
        tillhorighetUtredd(forsorjningEjPaborjad, "behovEkonomi", 5);
        kohort.put(forsorjningEjPaborjad.getArendenummer(), "sektionens-utredning forsorjning 5");
        // investigation under way: the decision waits, from the day it began
        for (int dagar : new int[] {3, 7, 10, 20}) {
            kohort.put(underUtredning("behovMissbruk", dagar).getArendenummer(), "beslut vuxen " + dagar);
        }
        kohort.put(underUtredning("behovEkonomi", 4).getArendenummer(), "beslut forsorjning 4");
        // a trial apartment granted 15 days ago: waits for Lägenhetsinfo and for the apartment
        Arende beviljad = pagaende();
        klockan(15);
        forsok.beviljad(beviljad);
        kohort.put(beviljad.getArendenummer(), "lagenhet vuxen 15 + lagenhetsinfo vuxen 15");
        // moved in 45 days ago
        Arende bor = pagaende();
        klockan(51);
        // sessions until every client already called has a place, so this one gets a place too
        List<ProcessInstance> tillfallen = new ArrayList<>();
        do {
            tillfallen.add(forsok.planeraLagenhetsinfo(3, 50));
        } while (jdbc.queryForObject("select count(*) from lagenhetsinfo_kallelse where tillfalle_id is null", Long.class) > 0
                && tillfallen.size() < 20);
        klockan(50);
        ProcessInstance lagenhet = forsok.beviljad(bor);
        forsok.lagenhetOchBoendestod(lagenhet);
        for (ProcessInstance tillfalle : tillfallen) {
            for (Task narvaro : forsok.genomfor(tillfalle)) {
                if (forsok.klientNamn(narvaro).equals(bor.getKlient().namn())) {
                    forsok.kom(narvaro, 4);
                } else {
                    forsok.uteblev(narvaro);
                }
            }
        }
        klockan(45);
        forsok.inflyttad(lagenhet);
        kohort.put(bor.getArendenummer(), "i-forsokslagenhet vuxen 45");
        // closure asked for two days ago: the closure form waits
        // (applied the same day: a client not heard from for weeks must be sought before closure)
        klockan(2);
        Arende avslut = forlopp.pagaende("behovMissbruk", Map.of());
        assertThat(http.postJson("/api/arenden/" + avslut.getArendenummer() + "/avslut", "handlaggare-vuxen", "demo",
                "{\"orsak\": \"MALEN_UPPNADDA\"}").statusCode()).isEqualTo(202);
        kohort.put(avslut.getArendenummer(), "avslutsblankett vuxen 2");
        // a round of contact attempts began six days ago
        Arende sokt = pagaende();
        klockan(6);
        runtimeService.startProcessInstanceByKey(KontaktforsokProcessen.PROCESS_ID, sokt.getArendenummer(),
                Map.of(ArendeProcessen.ARENDE_ID, sokt.getId(), ArendeProcessen.ANSVARIG_SEKTION, "vuxen"));
        kohort.put(sokt.getArendenummer(), "kontaktforsok vuxen 6");
        klockan(0);

        // the queries find each case of the cohort at its stage, in its section, from its day
        List<Vantetider.Vantan> kohortens = vantetider.vantande(null).stream()
                .filter(v -> kohort.containsKey(v.arendenummer())).toList();
        Map<String, String> hittade = kohortens.stream().collect(Collectors.groupingBy(Vantetider.Vantan::arendenummer,
                LinkedHashMap::new, Collectors.mapping(v -> v.steg().id() + " " + v.sektion() + " "
                        + (IDAG.toEpochDay() - v.sedan().toEpochDay()), Collectors.collectingAndThen(Collectors.toList(),
                        l -> l.stream().sorted().collect(Collectors.joining(" + "))))));
        assertThat(hittade).isEqualTo(kohort);

        Vantetider.Rapport rapport = Vantetider.sammanstall(IDAG, true, SEKTIONER, kohortens, true);
        JsonNode kohortensSiffror = json.valueToTree(rapport);
        assertSiffror(kohortensSiffror, "tillhorighetsutredning", "mottagningen", 3, "20", 40, List.of(40L, 20L, 10L));
        assertSiffror(kohortensSiffror, "tillhorighetsutredning", "vuxen", 0, null, null, List.of());
        assertSiffror(kohortensSiffror, "sektionens-utredning", "vuxen", 1, "12", 12, List.of(12L));
        assertSiffror(kohortensSiffror, "sektionens-utredning", "forsorjning", 1, "5", 5, List.of(5L));
        assertSiffror(kohortensSiffror, "sektionens-utredning", "hela-enheten", 2, "8.5", 12, List.of(12L, 5L));
        // four in vuxen: the mean of the two middle values; the 90th percentile is the 4th of 4 (nearest rank)
        assertSiffror(kohortensSiffror, "beslut", "vuxen", 4, "8.5", 20, List.of(20L, 10L, 7L, 3L));
        assertSiffror(kohortensSiffror, "beslut", "forsorjning", 1, "4", 4, List.of(4L));
        assertSiffror(kohortensSiffror, "beslut", "hela-enheten", 5, "7", 20, List.of(20L, 10L, 7L, 4L, 3L));
        assertSiffror(kohortensSiffror, "lagenhetsinfo", "vuxen", 1, "15", 15, List.of(15L));
        assertSiffror(kohortensSiffror, "lagenhet", "vuxen", 1, "15", 15, List.of(15L));
        assertSiffror(kohortensSiffror, "i-forsokslagenhet", "vuxen", 1, "45", 45, List.of(45L));
        assertSiffror(kohortensSiffror, "avslutsblankett", "vuxen", 1, "2", 2, List.of(2L));
        assertSiffror(kohortensSiffror, "kontaktforsok", "vuxen", 1, "6", 6, List.of(6L));
        assertSiffror(kohortensSiffror, "kontaktforsok", "hela-enheten", 1, "6", 6, List.of(6L));

        // over HTTP: ledning sees the whole unit and every section, grown by the cohort
        JsonNode efter = hamta(http, "", "chef");
        assertThat(efter.path("helaEnheten").asBoolean()).isTrue();
        assertThat(efter.path("idag").asText()).isEqualTo(IDAG.toString());
        Map<String, Integer> okning = new HashMap<>();
        antal(efter).forEach((nyckel, varde) -> {
            int skillnad = varde - fore.getOrDefault(nyckel, 0);
            if (skillnad != 0) {
                okning.put(nyckel, skillnad);
            }
        });
        assertThat(okning).isEqualTo(Map.ofEntries(
                Map.entry("tillhorighetsutredning/mottagningen", 3), Map.entry("tillhorighetsutredning/hela-enheten", 3),
                Map.entry("sektionens-utredning/vuxen", 1), Map.entry("sektionens-utredning/forsorjning", 1),
                Map.entry("sektionens-utredning/hela-enheten", 2),
                Map.entry("beslut/vuxen", 4), Map.entry("beslut/forsorjning", 1), Map.entry("beslut/hela-enheten", 5),
                Map.entry("lagenhetsinfo/vuxen", 1), Map.entry("lagenhetsinfo/hela-enheten", 1),
                Map.entry("lagenhet/vuxen", 1), Map.entry("lagenhet/hela-enheten", 1),
                Map.entry("i-forsokslagenhet/vuxen", 1), Map.entry("i-forsokslagenhet/hela-enheten", 1),
                Map.entry("avslutsblankett/vuxen", 1), Map.entry("avslutsblankett/hela-enheten", 1),
                Map.entry("kontaktforsok/vuxen", 1), Map.entry("kontaktforsok/hela-enheten", 1)));
        assertThat(siffror(efter, "beslut", "hela-enheten").path("langstVantande").size())
                .isBetween(5, Vantetider.LANGST_HELA_ENHETEN);

        // a section's gruppledare sees the own section only, and each case shown is in the access log
        JsonNode vuxen = hamta(http, "", "gruppledare-vuxen");
        assertThat(vuxen.path("helaEnheten").asBoolean()).isFalse();
        assertThat(vuxen.path("sektioner")).hasSize(1);
        assertThat(vuxen.path("sektioner").get(0).asText()).isEqualTo("vuxen");
        List<String> visade = new ArrayList<>();
        for (JsonNode steg : vuxen.path("steg")) {
            assertThat(steg.path("helaEnheten").isNull()).as(steg.toString()).isTrue();
            assertThat(steg.path("perSektion")).hasSize(1);
            JsonNode egna = steg.path("perSektion").get(0);
            assertThat(egna.path("sektion").asText()).isEqualTo("vuxen");
            assertThat(egna.path("antal").asInt()).isEqualTo(siffror(efter, steg.path("id").asText(), "vuxen").path("antal").asInt());
            egna.path("langstVantande").forEach(v -> {
                assertThat(v.path("sektion").asText()).isEqualTo("vuxen");
                visade.add(v.path("arendenummer").asText());
            });
        }
        assertThat(visade).isNotEmpty();
        for (String nummer : Set.copyOf(visade)) {
            assertThat(jdbc.queryForObject("select count(*) from atkomstlogg where anvandare = 'gruppledare-vuxen'"
                    + " and arendenummer = ? and vad = 'GET /api/vantetider'", Long.class, nummer)).as(nummer).isPositive();
        }
        assertThat(http.get("/api/vantetider?sektion=vuxen", "gruppledare-vuxen", "demo").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/vantetider?sektion=forsorjning", "gruppledare-vuxen", "demo").statusCode()).isEqualTo(403);
        assertThat(http.get("/api/vantetider", "handlaggare-vuxen", "demo").statusCode()).isEqualTo(403);
        assertThat(http.get("/api/vantetider?sektion=ingen", "chef", "demo").statusCode()).isEqualTo(400);
        JsonNode chefVuxen = hamta(http, "?sektion=vuxen", "chef");
        assertThat(chefVuxen.path("helaEnheten").asBoolean()).isFalse();
        assertThat(chefVuxen.path("steg").get(0).path("perSektion")).hasSize(1);

        // Cockpit's badges ask for the counts only: no case numbers, so no case read to log
        String loggade = "select count(*) from atkomstlogg where anvandare = 'chef' and arendenummer is not null";
        long loggadeFore = jdbc.queryForObject(loggade, Long.class);
        JsonNode baraAntal = hamta(http, "?arenden=false", "chef");
        assertThat(baraAntal.path("steg").get(2).path("helaEnheten").path("antal").asInt())
                .isEqualTo(siffror(efter, baraAntal.path("steg").get(2).path("id").asText(), "hela-enheten").path("antal").asInt());
        assertThat(baraAntal.findValues("langstVantande")).isNotEmpty().allSatisfy(lista -> assertThat(lista).isEmpty());
        assertThat(jdbc.queryForObject(loggade, Long.class)).isEqualTo(loggadeFore);
    }

    private static void assertSiffror(JsonNode rapport, String steg, String sektion, int antal, String median, Integer p90,
                                      List<Long> langst) {
        JsonNode s = siffror(rapport, steg, sektion);
        assertThat(s.path("antal").asInt()).as(steg + " " + sektion).isEqualTo(antal);
        if (median == null) {
            assertThat(s.path("medianDagar").isNull()).as(steg + " " + sektion).isTrue();
            assertThat(s.path("p90Dagar").isNull()).as(steg + " " + sektion).isTrue();
        } else {
            assertThat(s.path("medianDagar").decimalValue()).as(steg + " " + sektion).isEqualByComparingTo(median);
            assertThat(s.path("p90Dagar").asInt()).as(steg + " " + sektion).isEqualTo(p90);
        }
        List<Long> dagar = new ArrayList<>();
        s.path("langstVantande").forEach(v -> dagar.add(v.path("dagar").asLong()));
        assertThat(dagar).as(steg + " " + sektion).isEqualTo(langst);
    }

    @Test
    void stegensAktiviteterFinnsIProcessernaDeAnger() {
        for (Vantesteg steg : Vantesteg.values()) {
            steg.aktiviteter().forEach((processnyckel, ids) -> {
                ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processnyckel)
                        .latestVersion().singleResult();
                assertThat(definition).as(processnyckel).isNotNull();
                BpmnModelInstance modell = repositoryService.getBpmnModelInstance(definition.getId());
                ids.forEach(id -> assertThat((Object) modell.getModelElementById(id)).as(steg.id() + ": " + processnyckel + " " + id)
                        .isNotNull());
            });
        }
    }

    @Test
    void medianOchNittiondePercentilenRaknasEfterNarmasteRang() {
        assertThat(Vantetider.median(new int[] {})).isNull();
        assertThat(Vantetider.p90(new int[] {})).isNull();
        assertThat(Vantetider.median(new int[] {4})).isEqualByComparingTo("4");
        assertThat(Vantetider.median(new int[] {1, 2})).isEqualByComparingTo("1.5");
        assertThat(Vantetider.median(new int[] {1, 2, 9})).isEqualByComparingTo("2");
        assertThat(Vantetider.p90(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})).isEqualTo(9);
        assertThat(Vantetider.p90(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})).isEqualTo(10);
        assertThat(Vantetider.p90(new int[] {7})).isEqualTo(7);
    }
}
