package se.hemvag.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.arende.Arende;

/**
 * The sections' placements person by person and the monthly budget follow-up with its forecast,
 * in place of the Excel lists. Placements other tests left open run on, so figures are compared
 * before and after this test's own placement.
 */
@HemvagSpringTest
class BudgetTest {

    private static final String TOLV_MANADER = "{\"manader\": [" + String.join(", ", Collections.nCopies(12, "30000")) + "]}";

    @LocalServerPort int port;
    @Autowired Arendeforlopp forlopp;
    @Autowired ObjectMapper json;

    private Http http;

    @BeforeEach
    void init() {
        http = new Http(port);
    }

    @AfterEach
    void aterstallKlockan() {
        ClockUtil.reset();
    }

    private static void klockan(LocalDate dag) {
        ClockUtil.setCurrentTime(Date.from(dag.atTime(10, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant()));
    }

    private JsonNode budget(String anvandare) throws Exception {
        HttpResponse<String> svar = http.get("/api/sektioner/vuxen/budget?ar=2036", anvandare, "demo");
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        return json.readTree(svar.body());
    }

    @Test
    void ledningenSatterBudgetenOchSektionenFoljerUppKostnadOchPrognosManadForManad() throws Exception {
        assertThat(http.put("/api/sektioner/vuxen/budget/2036", "handlaggare-vuxen", TOLV_MANADER).statusCode()).isEqualTo(403);
        assertThat(http.put("/api/sektioner/vuxen/budget/2036", "chef", "{\"manader\": [1, 2]}").statusCode()).isEqualTo(400);
        assertThat(http.put("/api/sektioner/vuxen/budget/2036", "chef", TOLV_MANADER).statusCode()).isEqualTo(200);
        klockan(LocalDate.of(2036, 3, 15));
        JsonNode fore = budget("gruppledare-vuxen");
        klockan(LocalDate.of(2036, 3, 1));
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        klockan(LocalDate.of(2036, 3, 15));

        JsonNode efter = budget("gruppledare-vuxen");

        assertThat(efter.get("arsbudget").asLong()).isEqualTo(360_000);
        JsonNode mars = efter.get("manader").get(2);
        assertThat(mars.get("manad").asText()).isEqualTo("2036-03");
        assertThat(mars.get("budget").asLong()).isEqualTo(30_000);
        // 1–15 March: fifteen nights at 800 kr, tonight included
        assertThat(mars.get("utfall").asLong() - fore.get("manader").get(2).get("utfall").asLong()).isEqualTo(15 * 800);
        assertThat(mars.get("avvikelse").asLong()).isEqualTo(30_000 - mars.get("utfall").asLong());
        // with no end date set, the placement runs on to the year's end in the forecast: 1 March to 31 December
        assertThat(efter.get("prognos").asLong() - fore.get("prognos").asLong()).isEqualTo(306 * 800);
        assertThat(efter.get("manader").get(5).get("paborjad").asBoolean()).isFalse();

        HttpResponse<String> lista = http.get("/api/sektioner/vuxen/placeringar?manad=2036-03", "handlaggare-vuxen", "demo");
        assertThat(lista.statusCode()).isEqualTo(200);
        JsonNode rad = null;
        for (JsonNode placering : json.readTree(lista.body()).get("placeringar")) {
            if (placering.get("arendenummer").asText().equals(arende.getArendenummer())) {
                rad = placering;
            }
        }
        assertThat(rad).as("klientens placering i listan").isNotNull();
        assertThat(rad.get("dygn").asLong()).isEqualTo(15);
        assertThat(rad.get("kostnad").asLong()).isEqualTo(15 * 800);
        assertThat(rad.get("klient").asText()).contains("Testsson");
    }

    @Test
    void andraSektionerOchFelaktigaFragorFarTydligaSvar() {
        assertThat(http.get("/api/sektioner/vuxen/budget?ar=2036", "handlaggare-vuxen", "demo").statusCode()).isEqualTo(403);
        assertThat(http.get("/api/sektioner/vuxen/placeringar", "handlaggare-forsorjning", "demo").statusCode()).isEqualTo(403);
        assertThat(http.get("/api/sektioner/vuxen/placeringar?manad=mars", "handlaggare-vuxen", "demo").statusCode())
                .isEqualTo(400);
        assertThat(http.get("/api/sektioner/okand/budget", "chef", "demo").statusCode()).isEqualTo(400);
        assertThat(http.put("/api/sektioner/vuxen/budget/1800", "chef", TOLV_MANADER).statusCode()).isEqualTo(400);
        assertThat(http.get("/api/sektioner/vuxen/budget?ar=2000000000", "chef", "demo").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/sektioner/vuxen/placeringar?manad=999999999-01", "chef", "demo").statusCode()).isEqualTo(400);
    }
}
