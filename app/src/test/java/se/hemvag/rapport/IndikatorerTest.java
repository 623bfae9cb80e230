package se.hemvag.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.Testklienter;
import se.hemvag.ansokan.NyAnsokan;
import se.hemvag.arende.Ansokningskanal;
import se.hemvag.sip.SipProcessen;
import se.hemvag.arende.Arende;
import se.hemvag.klient.Kon;

/**
 * The unit's indicators, from cases run through the process. Each test works in a year of its
 * own, with the engine's clock set inside it; where another test's cases can reach that year, it
 * compares the figures before and after its own cohort.
 */
@HemvagSpringTest
class IndikatorerTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine processEngine;
    @Autowired Arendeforlopp forlopp;
    @Autowired AvslutRapportradRepository rader;
    @Autowired Rapportskrivare rapportskrivare;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired ManagementService managementService;
    @Autowired TaskService taskService;

    private Http http;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        http = new Http(port);
    }

    @AfterEach
    void aterstallKlockan() {
        ClockUtil.reset();
    }

    private static void klockan(LocalDate dag) {
        ClockUtil.setCurrentTime(Date.from(dag.atTime(10, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant()));
    }

    private Arende avslutat(LocalDate dag, String boende, String egenForsorjning) {
        return avslutat(dag, boende, egenForsorjning, "MALEN_UPPNADDA");
    }

    private Arende avslutat(LocalDate dag, String boende, String egenForsorjning, String orsak) {
        return avsluta(forlopp.pagaende("behovMissbruk", Map.of()), dag, boende, egenForsorjning, orsak);
    }

    /** Closes a case of Vuxensektionen with the closure form, dated today (the clock's day). */
    private Arende avsluta(Arende arende, LocalDate dag, String boende, String egenForsorjning, String orsak) {
        if (!orsak.equals("KONTAKT_UPPHORT")) {
            // met at the closing talk: a client not heard from for four weeks would need contact attempts first
            HttpResponse<String> kontakt = http.postJson("/api/arenden/" + arende.getArendenummer() + "/kontakt",
                    "handlaggare-vuxen", "demo", "{}");
            assertThat(kontakt.statusCode()).as(kontakt.body()).isLessThan(300);
        }
        HttpResponse<String> begaran = http.postJson("/api/arenden/" + arende.getArendenummer() + "/avslut", "handlaggare-vuxen",
                "demo", "{\"orsak\": \"" + orsak + "\"}");
        assertThat(begaran.statusCode()).as(begaran.body()).isLessThan(300);
        complete(forlopp.uppgift(arende), withVariables("avslutsorsak", orsak, "boendeVidAvslut", boende,
                "egenForsorjning", egenForsorjning, "avslutsdatum", dag.toString()));
        return arende;
    }

    /** The same client applies again. */
    private static NyAnsokan igen(Arende arende) {
        return new NyAnsokan(arende.getKlient().getIdentitetsnummer(), null, null, "Åter", "Kommande", "070-123 45 67",
                Ansokningskanal.RECEPTION, Testklienter.ANTECKNING);
    }

    /** One figure of one row: indicator, query, period, group (null: none), field ("totalt/antal"). */
    private record Tal(String id, String fraga, String period, String grupp, String falt) {
    }

    private long las(Tal tal) throws Exception {
        return rad(indikator(tal.id(), tal.fraga(), "chef"), tal.period(), tal.grupp()).at("/" + tal.falt()).asLong();
    }

    /**
     * The figures at the clock's day, to compare with after a cohort: other tests' clients in the
     * same years (a test that moves the clock 18 months on closes a trial apartment in 2028) count in
     * both and cancel out, as distinct individuals add up.
     */
    private Map<Tal, Long> fore(List<Tal> tal) throws Exception {
        Map<Tal, Long> fore = new java.util.HashMap<>();
        for (Tal t : tal) {
            fore.put(t, las(t));
        }
        return fore;
    }

    private long okning(Map<Tal, Long> fore, Tal tal) throws Exception {
        assertThat(fore).as("läst före kohorten").containsKey(tal);
        return las(tal) - fore.get(tal);
    }

    @Test
    void enKlientSomAvslutadesTvaGangerRaknasEnGangOchAterkomsternaFoljerForegaendeArsAvslut() throws Exception {
        String ar2028 = "fran=2028-01-01&till=2028-12-31&indelning=AR";
        Tal stadigvarande = new Tal("stadigvarande-boende", ar2028, "2028", null, "totalt/antal");
        Tal stadigvarandeAv = new Tal("stadigvarande-boende", ar2028, "2028", null, "totalt/av");
        Tal kvinnorAv = new Tal("stadigvarande-boende", ar2028, "2028", null, "kvinnor/av");
        Tal manAv = new Tal("stadigvarande-boende", ar2028, "2028", null, "man/av");
        Tal avslut = new Tal("avslut", ar2028, "2028", null, "totalt/antal");
        Tal forsorjning = new Tal("egen-forsorjning", ar2028, "2028", null, "totalt/antal");
        Tal forsorjningAv = new Tal("egen-forsorjning", ar2028, "2028", null, "totalt/av");
        Tal utanKontaktAv = new Tal("avslut-utan-kontakt", ar2028, "2028", null, "totalt/av");
        Tal malenUppnadda = new Tal("avslutsorsaker", ar2028, "2028", "MALEN_UPPNADDA", "totalt/antal");
        Tal avbojer = new Tal("avslutsorsaker", ar2028, "2028", "KLIENTEN_AVBOJER_STOD", "totalt/antal");
        Tal annan = new Tal("avslutsorsaker", ar2028, "2028", "ANNAN", "totalt/antal");
        Tal perAvslutsar = new Tal("aterkomst-per-avslutsar", ar2028, "2028", null, "totalt/antal");
        Tal perAvslutsarAv = new Tal("aterkomst-per-avslutsar", ar2028, "2028", null, "totalt/av");
        // the unit's way: 2029 follows the clients closed in 2028. On 1 July 2029 the year so far
        // follows those closed 1 January – 1 July 2028: X (last closed in June) and Y
        Tal juni = new Tal("aterkomst-inom-ar", "", "2029-06", null, "totalt/antal");
        Tal juniAv = new Tal("aterkomst-inom-ar", "", "2029-06", null, "totalt/av");
        Tal aretHittills = new Tal("aterkomst-inom-ar", "indelning=AR", "2029", null, "totalt/antal");
        Tal aretHittillsAv = new Tal("aterkomst-inom-ar", "indelning=AR", "2029", null, "totalt/av");
        // per month: February 2029 follows February 2028, when X was closed the first time and came back
        String februari = "fran=2029-02-01&till=2029-02-28";
        Tal februariAntal = new Tal("aterkomst-inom-ar", februari, "2029-02", null, "totalt/antal");
        Tal februariAv = new Tal("aterkomst-inom-ar", februari, "2029-02", null, "totalt/av");
        String ar2029 = "fran=2029-01-01&till=2029-12-31&indelning=AR";
        Tal helaAret = new Tal("aterkomst-inom-ar", ar2029, "2029", null, "totalt/antal");
        Tal helaAretAv = new Tal("aterkomst-inom-ar", ar2029, "2029", null, "totalt/av");
        klockan(LocalDate.of(2029, 7, 1));
        Map<Tal, Long> fore = fore(List.of(stadigvarande, stadigvarandeAv, kvinnorAv, manAv, avslut, forsorjning, forsorjningAv,
                utanKontaktAv, malenUppnadda, avbojer, annan, perAvslutsar, perAvslutsarAv, juni, juniAv, aretHittills,
                aretHittillsAv, februariAntal, februariAv));
        klockan(LocalDate.of(2030, 1, 10));
        Map<Tal, Long> foreNastaAr = fore(List.of(helaAret, helaAretAv));

        // three clients in Vuxensektionen; X is closed, comes back, and is closed again in the same year
        klockan(LocalDate.of(2028, 1, 10));
        Arende x1 = forlopp.pagaende("behovMissbruk", Map.of());
        Arende y = forlopp.pagaende("behovMissbruk", Map.of());
        Arende z = forlopp.pagaende("behovMissbruk", Map.of());
        klockan(LocalDate.of(2028, 2, 1));
        avsluta(x1, LocalDate.of(2028, 2, 1), "INNEBOENDE", "EJ_AKTUELLT", "MALEN_UPPNADDA");
        klockan(LocalDate.of(2028, 3, 1));
        Arende x2 = forlopp.pagaende(igen(x1), "behovMissbruk", Map.of(), "STODBOENDE");
        assertThat(rader.findById(x1.getId()).orElseThrow().isAterkomstInomAr()).isTrue();
        klockan(LocalDate.of(2028, 6, 1));
        avsluta(x2, LocalDate.of(2028, 6, 1), "INGEN_STADIGVARANDE_BOSTAD", "NEJ", "KLIENTEN_AVBOJER_STOD");
        avsluta(y, LocalDate.of(2028, 6, 1), "FORSTAHANDSKONTRAKT", "JA", "MALEN_UPPNADDA");
        klockan(LocalDate.of(2028, 9, 1));
        avsluta(z, LocalDate.of(2028, 9, 1), "OKANT", "EJ_AKTUELLT", "ANNAN");
        klockan(LocalDate.of(2029, 2, 1));
        forlopp.underUtredning(igen(y), "behovMissbruk");
        assertThat(rader.findById(y.getId()).orElseThrow().getKlientId()).isEqualTo(y.getKlient().getId());

        klockan(LocalDate.of(2029, 7, 1));
        // individuals: X counts once, with the last closure (no stable housing, declined support)
        assertThat(okning(fore, stadigvarande)).isEqualTo(1);
        assertThat(okning(fore, stadigvarandeAv)).isEqualTo(3);
        assertThat(okning(fore, kvinnorAv) + okning(fore, manAv)).isEqualTo(3);
        assertThat(indikator("stadigvarande-boende", ar2028, "chef").path("raknade").asText()).isEqualTo("individer");
        assertThat(okning(fore, avslut)).as("avslutade ärenden räknas som ärenden").isEqualTo(4);
        assertThat(okning(fore, forsorjning)).isEqualTo(1);
        assertThat(okning(fore, forsorjningAv)).as("Y (ja) och X:s sista avslut (nej)").isEqualTo(2);
        assertThat(okning(fore, utanKontaktAv)).isEqualTo(3);
        assertThat(okning(fore, malenUppnadda)).as("bara Y; X:s första avslut är inte X:s sista").isEqualTo(1);
        assertThat(okning(fore, avbojer)).isEqualTo(1);
        assertThat(okning(fore, annan)).isEqualTo(1);
        assertThat(http.getCsv("/api/indikatorer/avslutsorsaker?" + ar2028, "chef", "demo").body())
                .as("the reasons by their Swedish names, for Excel")
                .contains("Avslutsorsaker;2028;2028-01-01;2028-12-31;Klienten avböjer stöd;").doesNotContain("KLIENTEN_AVBOJER_STOD");
        assertThat(okning(fore, perAvslutsar)).as("Y kom tillbaka; X inte efter sitt sista avslut").isEqualTo(1);
        assertThat(okning(fore, perAvslutsarAv)).isEqualTo(3);
        assertThat(okning(fore, juni)).isEqualTo(1);
        assertThat(okning(fore, juniAv)).isEqualTo(2);
        assertThat(okning(fore, aretHittills)).as("the year's card has a figure").isEqualTo(1);
        assertThat(okning(fore, aretHittillsAv)).isEqualTo(2);
        assertThat(okning(fore, februariAntal)).isEqualTo(1);
        assertThat(okning(fore, februariAv)).isEqualTo(1);

        klockan(LocalDate.of(2030, 1, 10));
        assertThat(okning(foreNastaAr, helaAret)).isEqualTo(1);
        assertThat(okning(foreNastaAr, helaAretAv)).as("X, Y och Z, en gång var").isEqualTo(3);
    }

    @Test
    void andelenAktuellaPaJobbtorgRaknasBlandKlienternaMedEkonomisktBistand() throws Exception {
        // open cases other tests left with economic assistance count too: compare before and after
        klockan(LocalDate.of(2030, 6, 1));
        String manader = "fran=2030-03-01&till=2030-04-30";
        JsonNode fore = indikator("jobbtorg", manader, "chef");
        klockan(LocalDate.of(2030, 1, 10));
        Arende aktuell = forlopp.pagaende(Testklienter.ansokan(), "behovEkonomi", Map.of(), "EKONOMISKT_BISTAND");
        Arende inteAktuell = forlopp.pagaende(Testklienter.ansokan(), "behovEkonomi", Map.of(), "EKONOMISKT_BISTAND");
        forlopp.pagaende(Testklienter.ansokan(), "behovEkonomi", Map.of(), "STODBOENDE");
        klockan(LocalDate.of(2030, 4, 15));
        uppfoljning(aktuell, "AKTUELL");
        uppfoljning(inteAktuell, "INTE_AKTUELL");
        klockan(LocalDate.of(2030, 6, 1));
        JsonNode efter = indikator("jobbtorg", manader, "chef");

        assertThat(efter.path("mal").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(efter.path("malRiktning").asText()).isEqualTo("minst");
        // March: both on assistance, neither followed up yet; April: one of them at jobbtorg
        assertThat(okning(fore, efter, "2030-03", "av")).isEqualTo(2);
        assertThat(okning(fore, efter, "2030-03", "antal")).isZero();
        assertThat(okning(fore, efter, "2030-04", "av")).isEqualTo(2);
        assertThat(okning(fore, efter, "2030-04", "antal")).isEqualTo(1);
        long kvinnor = aktuell.getKlient().getKon() == Kon.KVINNA ? 1 : 0;
        assertThat(rad(efter, "2030-04", null).at("/kvinnor/antal").asLong()
                - rad(fore, "2030-04", null).at("/kvinnor/antal").asLong()).isEqualTo(kvinnor);
    }

    private static long okning(JsonNode fore, JsonNode efter, String period, String falt) {
        return rad(efter, period, null).at("/totalt/" + falt).asLong() - rad(fore, period, null).at("/totalt/" + falt).asLong();
    }

    /** The follow-up three months after the decision, with the client's jobbtorg status. */
    private void uppfoljning(Arende arende, String jobbtorg) {
        Job timer = managementService.createJobQuery().processInstanceId(forlopp.process(arende).getId()).timers()
                .activityId("Timer_NastaUppfoljning").singleResult();
        managementService.executeJob(timer.getId());
        complete(forlopp.uppgift(arende), withVariables("uppfoljningsdatum", LocalDate.of(2030, 4, 15).toString(),
                "sammanfattning", "Uppföljning", "jobbtorg", jobbtorg, "uppfoljningUtfall", "FORTSATT"));
    }

    @Test
    void sipErbjudenRaknasPerStodsektion() throws Exception {
        String ar2029 = "fran=2029-01-01&till=2029-12-31&indelning=AR";
        Tal vuxen = new Tal("sip-erbjuden-stodsektioner", ar2029, "2029", "vuxen", "totalt/antal");
        Tal vuxenAv = new Tal("sip-erbjuden-stodsektioner", ar2029, "2029", "vuxen", "totalt/av");
        Tal vardOchOmsorgAv = new Tal("sip-erbjuden-stodsektioner", ar2029, "2029", "vard-och-omsorg", "totalt/av");
        klockan(LocalDate.of(2029, 3, 1));
        Map<Tal, Long> fore = fore(List.of(vuxen, vuxenAv, vardOchOmsorgAv));
        Arende erbjuden = forlopp.pagaende("behovMissbruk", Map.of());
        forlopp.pagaende("behovMissbruk", Map.of());
        Task erbjudande = taskService.createTaskQuery().processInstanceBusinessKey(erbjuden.getArendenummer())
                .processDefinitionKey(SipProcessen.PROCESS_ID).singleResult();
        complete(erbjudande, withVariables("sipErbjuden", "2029-03-01", "sipSvar", "AVBOJT", "sipAvbojtAnledning", "Vill inte nu"));

        assertThat(okning(fore, vuxen)).isEqualTo(1);
        assertThat(okning(fore, vuxenAv)).isEqualTo(2);
        assertThat(okning(fore, vardOchOmsorgAv)).isZero();
        assertThat(indikator("sip-erbjuden-stodsektioner", ar2029, "chef").path("rader").findValuesAsText("grupp"))
                .doesNotContain("forsorjning", "mottagningen");
        assertThat(indikator("sip-erbjuden-stodsektioner", ar2029 + "&sektion=forsorjning", "chef").path("rader"))
                .as("no support section asked for: no rows").isEmpty();
    }

    @Test
    void enhetensPubliceradeResultatFore2020FinnsSomBaslinje() throws Exception {
        HttpResponse<String> svar = http.get("/api/indikatorer/baslinje", "chef", "demo");
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        JsonNode resultat = json.readTree(svar.body()).path("resultat");
        assertThat(resultat).hasSize(9);
        List<String> aterkomst = new java.util.ArrayList<>();
        resultat.forEach(r -> {
            if (r.path("indikator").asText().equals("aterkomst-inom-ar")) {
                aterkomst.add(r.path("ar").asInt() + ": " + r.path("andel").decimalValue().movePointRight(2).intValue() + " % ("
                        + r.path("individer").asInt() + ")");
            }
        });
        // as the unit's report writes them
        assertThat(aterkomst).containsExactly("2017: 25 % (92)", "2018: 21 % (65)", "2019: 13 % (38)");
        assertThat(json.readTree(svar.body()).path("anmarkning").asText()).contains("Importerade");
        assertThat(http.get("/api/indikatorer/baslinje", "handlaggare-vuxen", "demo").statusCode()).isEqualTo(403);
        assertThat(http.get("/api/indikatorer/baslinje", "gruppledare-vuxen", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void avslutsorsakernaRaknasPerManadOchAndelenUtanKontakt() throws Exception {
        LocalDate mars = LocalDate.of(2034, 3, 14);
        klockan(mars);
        avslutat(mars, "INNEBOENDE", "EJ_AKTUELLT", "MALEN_UPPNADDA");
        avslutat(mars, "OKANT", "EJ_AKTUELLT", "KLIENTEN_AVBOJER_STOD");
        LocalDate april = LocalDate.of(2034, 4, 2);
        klockan(april);
        avslutat(april, "INNEBOENDE", "EJ_AKTUELLT", "MALEN_UPPNADDA");
        String manader = "fran=2034-01-01&till=2034-12-31&indelning=MANAD";

        JsonNode orsaker = indikator("avslutsorsaker", manader, "chef");
        assertThat(rad(orsaker, "2034-03", "MALEN_UPPNADDA").at("/totalt/antal").asLong()).isEqualTo(1);
        assertThat(rad(orsaker, "2034-03", "KLIENTEN_AVBOJER_STOD").at("/totalt/antal").asLong()).isEqualTo(1);
        assertThat(rad(orsaker, "2034-03", "KONTAKT_UPPHORT").at("/totalt/antal").asLong()).isZero();
        assertThat(rad(orsaker, "2034-04", "MALEN_UPPNADDA").at("/totalt/antal").asLong()).isEqualTo(1);

        JsonNode utanKontakt = rad(indikator("avslut-utan-kontakt", manader, "chef"), "2034-03", null);
        assertThat(utanKontakt.at("/totalt/av").asLong()).isEqualTo(2);
        assertThat(utanKontakt.at("/totalt/antal").asLong()).isZero();
        assertThat(utanKontakt.at("/totalt/varde").decimalValue()).isEqualByComparingTo("0");
    }

    private JsonNode indikator(String id, String fraga, String anvandare) throws Exception {
        HttpResponse<String> svar = http.get("/api/indikatorer/" + id + "?" + fraga, anvandare, "demo");
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        return json.readTree(svar.body());
    }

    /** The row of a period (and group) in an indicator. */
    private static JsonNode rad(JsonNode indikator, String period, String grupp) {
        for (JsonNode rad : indikator.path("rader")) {
            if (rad.path("period").asText().equals(period) && (grupp == null ? rad.path("grupp").isNull()
                    : rad.path("grupp").asText().equals(grupp))) {
                return rad;
            }
        }
        throw new AssertionError("Ingen rad för " + period + " " + grupp + " i " + indikator);
    }

    @Test
    void andelenMedStadigvarandeBoendeRaknasFranRapporttabellenPerKon() throws Exception {
        LocalDate dag = LocalDate.of(2031, 3, 10);
        klockan(dag);
        List<String> boenden = List.of("INNEBOENDE", "INGEN_STADIGVARANDE_BOSTAD", "FORSTAHANDSKONTRAKT_OVERTAGEN_FORSOKSLAGENHET",
                "OKANT", "GENOMGANGSBOSTAD_SHIS");
        List<Arende> arenden = boenden.stream().map(b -> avslutat(dag, b, "EJ_AKTUELLT")).toList();
        List<Boolean> stabilt = List.of(true, false, true, false, true);
        long kvinnor = arenden.stream().filter(a -> a.getKlient().getKon() == Kon.KVINNA).count();
        long kvinnorStabilt = IntStream.range(0, 5)
                .filter(i -> arenden.get(i).getKlient().getKon() == Kon.KVINNA && stabilt.get(i)).count();
        assertThat(rader.findById(arenden.get(0).getId())).get().extracting(AvslutRapportrad::isStadigvarande).isEqualTo(true);

        JsonNode ar = rad(indikator("stadigvarande-boende", "fran=2031-01-01&till=2031-12-31&indelning=AR", "chef"), "2031", null);

        assertThat(ar.at("/totalt/av").asLong()).isEqualTo(5);
        assertThat(ar.at("/totalt/antal").asLong()).isEqualTo(3);
        assertThat(ar.at("/totalt/varde").decimalValue()).isEqualByComparingTo("0.600");
        assertThat(ar.at("/kvinnor/av").asLong()).isEqualTo(kvinnor);
        assertThat(ar.at("/kvinnor/antal").asLong()).isEqualTo(kvinnorStabilt);
        assertThat(ar.at("/man/av").asLong()).isEqualTo(5 - kvinnor);
        assertThat(indikator("stadigvarande-boende", "fran=2031-01-01&till=2031-12-31", "chef").path("mal").decimalValue())
                .isEqualByComparingTo("0.40");
        JsonNode perBoende = indikator("boende-vid-avslut", "fran=2031-01-01&till=2031-12-31&indelning=AR", "chef");
        assertThat(rad(perBoende, "2031", "INNEBOENDE").at("/totalt/antal").asLong()).isEqualTo(1);
        assertThat(rad(perBoende, "2031", "SARSKILT_BOENDE").at("/totalt/antal").asLong()).isZero();

        // a case closed before the reporting table existed gets its row at the next start
        jdbc.update("delete from rapport_avslut where arende_id = ?", arenden.get(1).getId());
        rapportskrivare.fyllPaSaknade();
        assertThat(rader.findById(arenden.get(1).getId())).get().extracting(AvslutRapportrad::getBoende)
                .isEqualTo("INGEN_STADIGVARANDE_BOSTAD");
    }

    /** The section vuxen's placement figure for one month, from the API. */
    private long placeringar(String id, String manad) throws Exception {
        LocalDate forsta = LocalDate.parse(manad + "-01");
        JsonNode indikator = indikator(id, "fran=" + forsta + "&till=" + forsta.withDayOfMonth(forsta.lengthOfMonth())
                + "&indelning=MANAD&sektion=vuxen", "chef");
        return rad(indikator, manad, "vuxen").at("/totalt/antal").asLong();
    }

    @Test
    void enPlaceringUtanKostnadKostarIngenting() throws Exception {
        // placements other tests left open run on into this month too: compare before and after
        klockan(LocalDate.of(2035, 6, 1));
        long dygnFore = placeringar("placeringsdygn", "2035-05");
        long kostnadFore = placeringar("placeringskostnad", "2035-05");
        klockan(LocalDate.of(2035, 5, 1));
        Arende arende = forlopp.underUtredning("behovMissbruk");
        complete(forlopp.uppgift(arende), withVariables("beslut", "BEVILJAT", "beslutsdatum", "2035-05-01",
                "beslutMotivering", "Akut plats"));
        complete(forlopp.uppgift(arende), withVariables("insatstyp", "AKUTBOENDE", "insatsStart", "2035-05-01",
                "insatsSlut", "2035-05-11", "utforare", "Stadens egna akutboende", "kostnadPerDygn", 0L));
        klockan(LocalDate.of(2035, 6, 1));

        assertThat(placeringar("placeringsdygn", "2035-05") - dygnFore).isEqualTo(10);
        assertThat(placeringar("placeringskostnad", "2035-05") - kostnadFore).isZero();
    }

    @Test
    void aterkomsterEgenForsorjningFlodeOchPlaceringarRaknasPerManadNarAretHarGatt() throws Exception {
        LocalDate start = LocalDate.of(2032, 2, 1);
        LocalDate avslut = LocalDate.of(2032, 3, 1);
        // placements other tests left open run on until the clock's today, into 2032 too
        klockan(LocalDate.of(2033, 4, 1));
        long andrasFebruari = placeringar("placeringsdygn", "2032-02");
        long andrasMars = placeringar("placeringsdygn", "2032-03");
        long andrasKostnad = placeringar("placeringskostnad", "2032-02");
        klockan(start);
        Arende forsta = forlopp.pagaende("behovMissbruk", Map.of());
        Arende andra = forlopp.pagaende("behovMissbruk", Map.of());
        Arende medSip = forlopp.pagaende("behovMissbruk", Map.of("vardenInvolverad", true));
        klockan(avslut);
        for (Arende arende : List.of(forsta, andra)) {
            // met at the closing talk: a client not heard from for four weeks would need contact attempts first
            http.postJson("/api/arenden/" + arende.getArendenummer() + "/kontakt", "handlaggare-vuxen", "demo", "{}");
            http.postJson("/api/arenden/" + arende.getArendenummer() + "/avslut", "handlaggare-vuxen", "demo", "{\"orsak\": \"MALEN_UPPNADDA\"}");
            complete(forlopp.uppgift(arende), withVariables("avslutsorsak", "MALEN_UPPNADDA", "boendeVidAvslut",
                    arende == forsta ? "INNEBOENDE" : "OKANT", "egenForsorjning", arende == forsta ? "JA" : "NEJ",
                    "avslutsdatum", avslut.toString()));
        }
        klockan(LocalDate.of(2032, 6, 1));
        HttpResponse<String> igen = http.postJson("/api/ansokningar", "handlaggare-mottagningen", "demo",
                "{\"identitetsnummer\": \"" + forsta.getKlient().getIdentitetsnummer() + "\", \"fornamn\": \"Åter\","
                        + " \"efternamn\": \"Kommande\", \"kanal\": \"RECEPTION\"}");
        assertThat(igen.statusCode()).as(igen.body()).isEqualTo(201);
        assertThat(rader.findById(forsta.getId()).orElseThrow().isAterkomstInomAr()).isTrue();
        String ar2032 = "fran=2032-01-01&till=2032-12-31&indelning=AR";

        JsonNode hittills = rad(indikator("aterkomst-per-avslutsar", ar2032, "chef"), "2032", null);
        assertThat(hittills.at("/totalt/antal").asLong()).as("the return so far, counted on the closure's year").isEqualTo(1);
        assertThat(hittills.at("/totalt/av").asLong()).isEqualTo(2);

        // the unit's figure for 2033 follows the clients closed in 2032: those whose year has passed
        klockan(LocalDate.of(2033, 4, 1));
        String ar2033 = "fran=2033-01-01&till=2033-12-31&indelning=AR";
        JsonNode aterkomst = rad(indikator("aterkomst-inom-ar", ar2033, "chef"), "2033", null);
        assertThat(aterkomst.at("/totalt/av").asLong()).isEqualTo(2);
        assertThat(aterkomst.at("/totalt/varde").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(indikator("aterkomst-inom-ar", ar2033, "chef").path("malRiktning").asText()).isEqualTo("hogst");
        assertThat(rad(indikator("egen-forsorjning", ar2032, "chef"), "2032", null).at("/totalt/varde").decimalValue())
                .isEqualByComparingTo("0.5");
        assertThat(rad(indikator("avslut", ar2032, "chef"), "2032", null).at("/totalt/antal").asLong()).isEqualTo(2);
        assertThat(rad(indikator("nya-ansokningar", ar2032, "chef"), "2032", null).at("/totalt/antal").asLong()).isEqualTo(4);
        JsonNode median = rad(indikator("median-dagar", ar2032, "chef"), "2032", null);
        assertThat(median.at("/totalt/varde").decimalValue()).as("1 februari till 1 mars 2032").isEqualByComparingTo("29");
        assertThat(median.at("/totalt/antal").asLong()).isEqualTo(2);
        // Vuxensektionen offers a SIP in every granted case: three cases where it was to be offered, none offered yet
        JsonNode sip = rad(indikator("sip-erbjuden", ar2032, "chef"), "2032", null);
        assertThat(sip.at("/totalt/av").asLong()).isEqualTo(3);
        assertThat(sip.at("/totalt/antal").asLong()).isZero();
        assertThat(sip.at("/kvinnor/av").asLong() + sip.at("/man/av").asLong()).as("SIP:en har klientens kön").isEqualTo(3);

        // the two closed placements count 29 nights each at 800 kr; the open one runs until today
        assertThat(placeringar("placeringsdygn", "2032-02") - andrasFebruari).isEqualTo(3 * 29);
        assertThat(placeringar("placeringsdygn", "2032-03") - andrasMars).as("de avslutade ärendenas placeringar slutade")
                .isEqualTo(31);
        assertThat(placeringar("placeringskostnad", "2032-02") - andrasKostnad).isEqualTo(3 * 29 * 800);

        JsonNode aktiva = indikator("aktiva-arenden", "fran=2032-01-01&till=2032-03-31&indelning=MANAD", "chef");
        long januari = rad(aktiva, "2032-01", "vuxen").at("/totalt/antal").asLong();
        assertThat(rad(aktiva, "2032-02", "vuxen").at("/totalt/antal").asLong()).isEqualTo(januari + 3);
        assertThat(rad(aktiva, "2032-03", "vuxen").at("/totalt/antal").asLong()).isEqualTo(januari + 1);
    }

    @Test
    void perioderIndelningarCsvOchVemSomSerVad() throws Exception {
        klockan(LocalDate.of(2033, 5, 2));
        JsonNode tertial = indikator("avslut", "fran=2033-01-01&till=2033-12-31&indelning=TERTIAL", "chef");
        assertThat(tertial.path("rader").findValuesAsText("period")).containsExactly("2033-T1", "2033-T2", "2033-T3");
        JsonNode iAr = json.readTree(http.get("/api/indikatorer", "chef", "demo").body());
        assertThat(iAr.path("fran").asText()).isEqualTo("2033-01-01");
        assertThat(iAr.path("till").asText()).isEqualTo("2033-05-02");
        assertThat(iAr.path("indikatorer").findValuesAsText("id")).contains("stadigvarande-boende", "aterkomst-inom-ar",
                "aterkomst-per-avslutsar", "jobbtorg", "sip-erbjuden-stodsektioner", "avslutsorsaker", "avslut-utan-kontakt",
                "egen-forsorjning", "sip-erbjuden", "sip-accepterad", "forsokslagenheter-aktiva", "kontraktsovertaganden",
                "avvikelser", "lagenhetsinfo-narvaro", "hyran-forst-besok", "placeringsdygn", "placeringskostnad",
                "nya-ansokningar", "avslut", "aktiva-arenden", "median-dagar");
        assertThat(rad(iAr.path("indikatorer").get(0), "2033-05", null).path("till").asText()).isEqualTo("2033-05-02");

        HttpResponse<String> csv = http.getCsv("/api/indikatorer/stadigvarande-boende?fran=2031-01-01&till=2031-12-31&indelning=AR",
                "chef", "demo");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).as("a byte-order mark and Swedish headings, for Excel")
                .startsWith("\uFEFFIndikator;Period;Från;Till;Grupp;Kvinnor;Män;Totalt;")
                .contains(";2031;2031-01-01;2031-12-31;;").contains(";minst 40 %\r\n")
                .doesNotContain("stadigvarande-boende;");
        assertThat(http.get("/api/indikatorer/urval", "gruppledare-vuxen", "demo").body())
                .isEqualTo("{\"helaEnheten\":false,\"sektioner\":[\"vuxen\"]}");
        assertThat(http.get("/api/indikatorer/urval", "chef", "demo").body()).contains("\"helaEnheten\":true");
        assertThat(http.get("/api/indikatorer/urval", "handlaggare-vuxen", "demo").body())
                .isEqualTo("{\"helaEnheten\":false,\"sektioner\":[]}");

        assertThat(http.get("/api/indikatorer", "handlaggare-vuxen", "demo").statusCode()).isEqualTo(403);
        HttpResponse<String> utanSektion = http.get("/api/indikatorer", "gruppledare-vuxen", "demo");
        assertThat(utanSektion.statusCode()).isEqualTo(403);
        assertThat(utanSektion.body()).contains("ange sektion=vuxen");
        assertThat(http.get("/api/indikatorer?sektion=vuxen", "gruppledare-vuxen", "demo").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/indikatorer?sektion=forsorjning", "gruppledare-vuxen", "demo").statusCode()).isEqualTo(403);
        assertThat(http.get("/api/indikatorer?sektion=vuxen", "bitradande-enhetschef-forsorjning", "demo").statusCode())
                .as("i ledningsgruppen").isEqualTo(200);
        assertThat(http.get("/api/indikatorer?fran=2031-12-31&till=2031-01-01", "chef", "demo").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/indikatorer?fran=2001-01-01&till=2031-01-01", "chef", "demo").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/indikatorer?indelning=VECKA", "chef", "demo").statusCode()).isEqualTo(400);
        HttpResponse<String> ytterst = http.get("/api/indikatorer?fran=-999999999-01-01&till=-999999999-01-31", "chef", "demo");
        assertThat(ytterst.statusCode()).isEqualTo(400);
        assertThat(ytterst.body()).contains("ska ligga mellan år 1900 och 2200");
        assertThat(http.get("/api/indikatorer/okand", "chef", "demo").body()).contains("Det finns ingen indikator");
        assertThat(http.get("/api/indikatorer?sektion=hemlig", "chef", "demo").body()).contains("Det finns ingen sektion");
    }
}
