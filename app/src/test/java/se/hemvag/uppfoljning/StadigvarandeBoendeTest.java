package se.hemvag.uppfoljning;

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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.arende.Arende;
import se.hemvag.klient.Kon;

/** Stable housing at closure: one reporting row per closed case, counted women and men apart. */
@HemvagSpringTest
class StadigvarandeBoendeTest {

    /** A year no other test closes cases in. */
    private static final LocalDate DAG = LocalDate.of(2031, 3, 10);

    @LocalServerPort int port;
    @Autowired ProcessEngine processEngine;
    @Autowired Arendeforlopp forlopp;
    @Autowired AvslutRapportradRepository rader;
    @Autowired ObjectMapper json;
    @Autowired Rapportskrivare rapportskrivare;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(DAG.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant()));
    }

    @AfterEach
    void aterstallKlockan() {
        ClockUtil.reset();
    }

    private Arende avslutat(String boende) {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        new Http(port).postJson("/api/arenden/" + arende.getArendenummer() + "/avslut", "handlaggare-vuxen", "demo", "");
        complete(forlopp.uppgift(arende), withVariables("avslutsorsak", "MALEN_UPPNADDA", "boendeVidAvslut", boende,
                "egenForsorjning", "EJ_AKTUELLT", "avslutsdatum", DAG.toString()));
        return arende;
    }

    @Test
    void andelenMedStadigvarandeBoendeRaknasFranRapporttabellenPerKon() throws Exception {
        List<Arende> arenden = List.of(avslutat("INNEBOENDE"), avslutat("INGEN_STADIGVARANDE_BOSTAD"),
                avslutat("FORSTAHANDSKONTRAKT_OVERTAGEN_FORSOKSLAGENHET"), avslutat("OKANT"), avslutat("GENOMGANGSBOSTAD_SHIS"));
        List<Boolean> stabilt = List.of(true, false, true, false, true);
        long kvinnor = arenden.stream().filter(a -> a.getKlient().getKon() == Kon.KVINNA).count();
        long kvinnorStabilt = java.util.stream.IntStream.range(0, 5)
                .filter(i -> arenden.get(i).getKlient().getKon() == Kon.KVINNA && stabilt.get(i)).count();

        assertThat(rader.findById(arenden.get(0).getId())).get().extracting(AvslutRapportrad::isStadigvarande).isEqualTo(true);
        Http http = new Http(port);
        JsonNode utfall = json.readTree(http.get("/api/indikatorer/stadigvarande-boende?fran=2031-01-01&till=2031-12-31",
                "chef", "demo").body());

        assertThat(utfall.at("/totalt/av").asLong()).isEqualTo(5);
        assertThat(utfall.at("/totalt/antal").asLong()).isEqualTo(3);
        assertThat(utfall.at("/totalt/andel").decimalValue()).isEqualByComparingTo("0.600");
        assertThat(utfall.at("/kvinnor/av").asLong()).isEqualTo(kvinnor);
        assertThat(utfall.at("/kvinnor/antal").asLong()).isEqualTo(kvinnorStabilt);
        assertThat(utfall.at("/man/av").asLong()).isEqualTo(5 - kvinnor);
        assertThat(utfall.at("/mal").decimalValue()).isEqualByComparingTo("0.40");

        assertThat(http.get("/api/indikatorer/stadigvarande-boende?fran=2031-01-01&till=2031-12-31", "handlaggare-vuxen", "demo")
                .statusCode()).isEqualTo(403);
        assertThat(http.get("/api/indikatorer/stadigvarande-boende?fran=2031-12-31&till=2031-01-01", "chef", "demo")
                .statusCode()).isEqualTo(400);
        // a case closed before the reporting table existed gets its row at the next start
        jdbc.update("delete from rapport_avslut where arende_id = ?", arenden.get(1).getId());
        rapportskrivare.fyllPaSaknade();
        assertThat(rader.findById(arenden.get(1).getId())).get().extracting(AvslutRapportrad::getBoende)
                .isEqualTo("INGEN_STADIGVARANDE_BOSTAD");

        var utanPeriod = http.get("/api/indikatorer/stadigvarande-boende", "chef", "demo");
        assertThat(utanPeriod.statusCode()).isEqualTo(400);
        assertThat(json.readTree(utanPeriod.body()).get("detail").asText()).isEqualTo("Ange fran.");
    }
}
