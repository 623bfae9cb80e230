package se.hemvag.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
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
import se.hemvag.arende.Arende;
import se.hemvag.klient.Identitetsnummer;
import se.hemvag.klient.Klient;
import se.hemvag.klient.KlientTabeller;
import se.hemvag.klient.Kon;

/** Gallring: five years after the last event of a client's closed cases, the personal data goes. */
@HemvagSpringTest
class GallringTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine processEngine;
    @Autowired TaskService taskService;
    @Autowired Arendeforlopp forlopp;
    @Autowired Gallring gallring;
    @Autowired NattligGallring nattlig;
    @Autowired KlientTabeller klienter;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void aterstallKlockan() {
        ClockUtil.reset();
    }

    /** A case granted and closed on a day this many years ago. */
    private Arende avslutatForAr(int ar) {
        LocalDate dag = LocalDate.now().minusYears(ar).minusDays(10);
        ClockUtil.setCurrentTime(Date.from(dag.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant()));
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        new Http(port).postJson("/api/arenden/" + arende.getArendenummer() + "/arendegenomgang", "gruppledare-vuxen", "demo",
                "{\"handlaggare\": \"handlaggare-vuxen\", \"anteckning\": \"Klienten vill bo nära sin syster\"}");
        new Http(port).postJson("/api/arenden/" + arende.getArendenummer() + "/avslut", "handlaggare-vuxen", "demo", "{\"orsak\": \"MALEN_UPPNADDA\"}");
        complete(forlopp.uppgift(arende), withVariables("avslutsorsak", "MALEN_UPPNADDA", "boendeVidAvslut", "INNEBOENDE",
                "egenForsorjning", "JA", "avslutsdatum", dag.toString(), "avslutAnteckning", "Flyttade till sin syster"));
        ClockUtil.reset();
        return arende;
    }

    @Test
    void klientUtanHandelserPaFemArGallrasEfterTorrkorningenMenInteDenMedNyligenAvslutatArende() throws Exception {
        Arende gammalt = avslutatForAr(6);
        Arende nyligen = avslutatForAr(1);
        Arende oppet = forlopp.pagaende("behovMissbruk", Map.of());

        JsonNode rapport = json.readTree(new Http(port).get("/api/gallring", "chef", "demo").body());
        assertThat(rapport.findValuesAsText("klientId")).contains(gammalt.getKlient().getId().toString())
                .doesNotContain(nyligen.getKlient().getId().toString(), oppet.getKlient().getId().toString());
        assertThat(klienter.hamta(gammalt.getKlient().getId()).getFornamn())
                .as("torrkörningen ändrar inget").isNotEqualTo(Gallring.GALLRAD);
        assertThat(new Http(port).get("/api/gallring", "handlaggare-vuxen", "demo").statusCode()).isEqualTo(403);

        gallring.gallra();

        Klient gallrad = klienter.hamta(gammalt.getKlient().getId());
        assertThat(gallrad.getFornamn()).isEqualTo(Gallring.GALLRAD);
        assertThat(gallrad.getIdentitetsnummer()).isEqualTo("GALLRAD-" + gallrad.getId());
        assertThat(gallrad.getTelefon()).isNull();
        assertThat(gallrad.getFodelsedatum().getDayOfYear()).isEqualTo(1);
        assertThat(gallrad.getKon()).as("kön finns kvar för enhetens statistik").isEqualTo(gammalt.getKlient().getKon());
        assertThat(jdbc.queryForObject("select anteckning from avslut where arende_id = ?", String.class, gammalt.getId()))
                .isEqualTo(Gallring.GALLRAD);
        assertThat(jdbc.queryForObject("select anteckning from arendegenomgang where arende_id = ?", String.class,
                gammalt.getId())).isEqualTo(Gallring.GALLRAD);
        assertThat(jdbc.queryForObject("select utredning_plan from arende where id = ?", String.class, gammalt.getId()))
                .isEqualTo(Gallring.GALLRAD);
        assertThat(jdbc.queryForObject("select boende_vid_avslut from avslut where arende_id = ?", String.class,
                gammalt.getId())).as("utfallet finns kvar").isEqualTo("INNEBOENDE");
        assertThat(klienter.hamta(nyligen.getKlient().getId()).getFornamn()).isNotEqualTo(Gallring.GALLRAD);
        assertThat(klienter.hamta(oppet.getKlient().getId()).getFornamn()).isNotEqualTo(Gallring.GALLRAD);
        assertThat(gallring.rapport().klienter()).extracting(Gallring.Kandidat::klientId)
                .as("redan gallrad").doesNotContain(gallrad.getId());
    }

    /** Only ever an evening assessment, six years ago: no case, but the person is culled all the same. */
    @Test
    void klientMedBaraKvallsbedomningGallrasOchAtkomstloggensGamlaRaderGar() {
        LocalDate dag = LocalDate.now().minusYears(6);
        ClockUtil.setCurrentTime(Date.from(dag.atTime(21, 0).atZone(ZoneId.systemDefault()).toInstant()));
        Map<String, Object> anmalan = new java.util.HashMap<>(Map.of("identitetsnummer",
                Identitetsnummer.syntetiskt(LocalDate.of(1971, 3, 9), 7, Kon.MAN), "fornamn", "Natt", "efternamn", "Gäst",
                "hemlos", "ja", "missbrukEllerPsykiskOhalsa", "ja", "tillhorStockholm", "ja"));
        var tog = processEngine.getRuntimeService().startProcessInstanceByKey("TogProcess", anmalan);
        Long klientId = (Long) processEngine.getRuntimeService().getVariable(tog.getId(), "klientId");
        complete(taskService.createTaskQuery().processInstanceId(tog.getId()).singleResult(), withVariables("togBeslut",
                "BEVILJAT", "nattlogi", "Härbärget", "togMotivering", "Sov ute i tre nätter"));
        jdbc.update("insert into atkomstlogg (tidpunkt, anvandare, atgard, vad, status) values (?, 'handlaggare-vuxen',"
                + " 'LASNING', 'GET /api/arenden/gammal', 200)", java.sql.Timestamp.valueOf(dag.atTime(21, 0)));
        ClockUtil.reset();
        jdbc.update("insert into atkomstlogg (tidpunkt, anvandare, atgard, vad, status) values (CURRENT_TIMESTAMP,"
                + " 'handlaggare-vuxen', 'LASNING', 'GET /api/arenden/ny', 200)");

        Gallring.Rapport rapport = gallring.rapport();
        assertThat(rapport.klienter()).extracting(Gallring.Kandidat::klientId).contains(klientId);
        assertThat(rapport.atkomstloggRader()).isPositive();

        gallring.gallra();

        assertThat(klienter.hamta(klientId).getFornamn()).isEqualTo(Gallring.GALLRAD);
        assertThat(jdbc.queryForObject("select motivering from tog_bedomning where klient_id = ?", String.class, klientId))
                .isEqualTo(Gallring.GALLRAD);
        assertThat(jdbc.queryForObject("select count(*) from atkomstlogg where vad = 'GET /api/arenden/gammal'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from atkomstlogg where vad = 'GET /api/arenden/ny'", Integer.class))
                .isOne();
    }

    @Test
    void nattensGallringKorsEnGangFastanVarjeNodsSchemaSlarTill() throws Exception {
        jdbc.update("delete from nattkorning where uppgift = ?", NattligGallring.UPPGIFT);
        ExecutorService noder = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> korningar = noder.invokeAll(List.of(nattlig::korInatt, nattlig::korInatt));
            int korda = 0;
            for (Future<Boolean> korning : korningar) {
                korda += korning.get() ? 1 : 0;
            }
            assertThat(korda).as("schemat slog till två gånger samtidigt, gallringen kördes").isOne();
        } finally {
            noder.shutdown();
        }
        assertThat(nattlig.korInatt()).as("en senare körning samma natt").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from nattkorning where uppgift = ?", Integer.class,
                NattligGallring.UPPGIFT)).isOne();
    }
}
