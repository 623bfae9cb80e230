package se.hemvag.stickprov;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;

/**
 * The spot checks' results per section and month, against a month counted by hand, through the API and
 * among the unit's indicators; and who sees which sections.
 */
@HemvagSpringTest
class StickprovResultatTest {

    private static final String AUGUSTI = "fran=2030-08-01&till=2030-08-31";

    @LocalServerPort int port;
    @Autowired ProcessEngine processEngine;
    @Autowired TaskService taskService;
    @Autowired Arendeforlopp forlopp;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    @AfterEach
    void aterstallKlockan() {
        ClockUtil.reset();
    }

    private void granska(Task uppgift, String bedomning) {
        Map<String, Object> svar = new HashMap<>(Map.of("stickprovBarn", "NEJ", "stickprovBeaktat", "JA",
                "stickprovDokumenterat", "JA", "stickprovOrosanmalan", "EJ_AKTUELLT", "stickprovBedomning", bedomning));
        if (bedomning.equals("ANMARKNING")) {
            svar.put("stickprovKommentar", "Frågan om barn är inte ställd");
        }
        taskService.complete(uppgift.getId(), svar);
    }

    private JsonNode rad(JsonNode rader, String sektion) {
        for (JsonNode rad : rader) {
            if (rad.path("sektion").asText().equals(sektion)) {
                return rad;
            }
        }
        throw new AssertionError("ingen rad för " + sektion + " i " + rader);
    }

    @Test
    void resultatetPerSektionOchManadSomRaknatForHand() throws Exception {
        // August 2030: three cases in Försörjning, one in Vuxen; each a belonging investigation (mottagningen)
        // and the section's decision: 4 + 3 + 1 investigations, all drawn (fewer than 10)
        StickprovProcessTest.klockan(LocalDateTime.of(2030, 8, 14, 12, 0));
        for (int i = 0; i < 3; i++) {
            forlopp.pagaende("behovEkonomi", Map.of());
        }
        forlopp.pagaende("behovMissbruk", Map.of());
        HistoricProcessInstance augusti = StickprovProcessTest.schemat(processEngine, LocalDate.of(2030, 9, 1));
        List<Task> uppgifter = StickprovProcessTest.granskningar(taskService, augusti.getId());
        assertThat(uppgifter).hasSize(8);

        // mottagningen: OK, OK, remark, one left; försörjning: OK, remark, one left; vuxen: OK
        Map<String, List<String>> bedomningar = Map.of("mottagningen", new ArrayList<>(List.of("OK", "OK", "ANMARKNING")),
                "forsorjning", new ArrayList<>(List.of("OK", "ANMARKNING")), "vuxen", new ArrayList<>(List.of("OK")));
        for (Task uppgift : uppgifter) {
            Long id = (Long) taskService.getVariable(uppgift.getId(), StickprovProcessen.STICKPROV_ID);
            String sektion = jdbc.queryForObject("select sektion from stickprov where id = ?", String.class, id);
            List<String> kvar = bedomningar.get(sektion);
            if (!kvar.isEmpty()) {
                granska(uppgift, kvar.remove(0));
            }
        }

        Http http = new Http(port);
        JsonNode svar = json.readTree(http.get("/api/stickprov/resultat?" + AUGUSTI, "utredningssekreterare", "demo").body());
        JsonNode rader = svar.path("rader");
        assertThat(rader.findValuesAsText("manad")).containsOnly("2030-08");
        assertThat(rader.findValuesAsText("sektion")).containsExactly("forsorjning", "mottagningen", "vuxen", "hela-enheten");
        JsonNode mottagningen = rad(rader, "mottagningen");
        assertThat(mottagningen.path("sektionsnamn").asText()).isEqualTo("Hemlöshetsmottagningen");
        assertThat(List.of(mottagningen.path("stickprov").asLong(), mottagningen.path("granskade").asLong(),
                mottagningen.path("utanAnmarkning").asLong(), mottagningen.path("medAnmarkning").asLong()))
                .containsExactly(4L, 3L, 2L, 1L);
        assertThat(mottagningen.path("andelUtanAnmarkning").decimalValue()).isEqualByComparingTo("0.667");
        assertThat(mottagningen.path("andelMedAnmarkning").decimalValue()).isEqualByComparingTo("0.333");
        JsonNode forsorjning = rad(rader, "forsorjning");
        assertThat(List.of(forsorjning.path("stickprov").asLong(), forsorjning.path("granskade").asLong()))
                .containsExactly(3L, 2L);
        assertThat(forsorjning.path("andelUtanAnmarkning").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(forsorjning.path("andelMedAnmarkning").decimalValue()).isEqualByComparingTo("0.5");
        JsonNode vuxen = rad(rader, "vuxen");
        assertThat(vuxen.path("andelUtanAnmarkning").decimalValue()).isEqualByComparingTo("1");
        assertThat(vuxen.path("andelMedAnmarkning").decimalValue()).isEqualByComparingTo("0");
        JsonNode hela = rad(rader, "hela-enheten");
        assertThat(List.of(hela.path("stickprov").asLong(), hela.path("granskade").asLong(), hela.path("utanAnmarkning").asLong(),
                hela.path("medAnmarkning").asLong())).containsExactly(8L, 6L, 4L, 2L);
        assertThat(hela.path("andelUtanAnmarkning").decimalValue()).isEqualByComparingTo("0.667");

        // among the unit's indicators: reviewed of drawn, and without a remark of reviewed
        JsonNode granskade = json.readTree(http.get("/api/indikatorer/stickprov-granskade?" + AUGUSTI, "chef", "demo").body());
        JsonNode helaGranskade = rad(granskade.path("rader"), "hela-enheten", "2030-08");
        assertThat(helaGranskade.at("/totalt/antal").asLong()).isEqualTo(6);
        assertThat(helaGranskade.at("/totalt/av").asLong()).isEqualTo(8);
        JsonNode utan = json.readTree(http.get("/api/indikatorer/stickprov-utan-anmarkning?" + AUGUSTI, "chef", "demo").body());
        JsonNode mottagningenUtan = rad(utan.path("rader"), "mottagningen", "2030-08");
        assertThat(mottagningenUtan.at("/totalt/antal").asLong()).isEqualTo(2);
        assertThat(mottagningenUtan.at("/totalt/av").asLong()).isEqualTo(3);
        assertThat(mottagningenUtan.at("/totalt/varde").decimalValue()).isEqualByComparingTo("0.667");
        assertThat(rad(utan.path("rader"), "hela-enheten", "2030-08").at("/totalt/varde").decimalValue())
                .isEqualByComparingTo("0.667");

        // a section's leads see their own section; others none
        JsonNode egen = json.readTree(http.get("/api/stickprov/resultat?" + AUGUSTI, "gruppledare-vuxen", "demo").body());
        assertThat(egen.path("rader").findValuesAsText("sektion")).containsExactly("vuxen");
        assertThat(http.get("/api/stickprov/resultat?sektion=forsorjning&" + AUGUSTI, "gruppledare-vuxen", "demo").statusCode())
                .isEqualTo(403);
        assertThat(http.get("/api/stickprov/resultat?" + AUGUSTI, "handlaggare-vuxen", "demo").statusCode()).isEqualTo(403);
        JsonNode chefensForsorjning = json.readTree(http.get("/api/stickprov/resultat?sektion=forsorjning&" + AUGUSTI, "chef",
                "demo").body());
        assertThat(chefensForsorjning.path("rader").findValuesAsText("sektion")).containsExactly("forsorjning");
        assertThat(http.get("/api/stickprov/resultat?sektion=stadsdel&" + AUGUSTI, "chef", "demo").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/stickprov/resultat?fran=2030-09-01&till=2030-08-01", "chef", "demo").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/stickprov/resultat?till=-999999999-01-01", "chef", "demo").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/stickprov/resultat?fran=+999999999-12-31&till=+999999999-12-31", "chef", "demo").statusCode())
                .isEqualTo(400);
    }

    private JsonNode rad(JsonNode rader, String grupp, String period) {
        for (JsonNode rad : rader) {
            if (rad.path("grupp").asText().equals(grupp) && rad.path("period").asText().equals(period)) {
                return rad;
            }
        }
        throw new AssertionError("ingen rad för " + grupp + " " + period + " i " + rader);
    }
}
