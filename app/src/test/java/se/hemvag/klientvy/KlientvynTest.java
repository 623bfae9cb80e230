package se.hemvag.klientvy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Ansokningskanal;
import se.hemvag.arende.Arenden;

/**
 * The client view: the client's history across the module tables as one timeline, newest first,
 * for those who work with the case (by case number, from a task, from a process instance), with the
 * client's cases the reader does not work with counted but not shown, and one access-log row per view.
 */
@HemvagSpringTest
class KlientvynTest {

    @LocalServerPort int port;
    @Autowired Arendeforlopp forlopp;
    @Autowired Arenden arenden;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    private Http http;

    @BeforeEach
    void init() {
        http = new Http(port);
    }

    private JsonNode las(String sokvag, String anvandare) throws Exception {
        HttpResponse<String> svar = http.get(sokvag, anvandare, "demo");
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        return json.readTree(svar.body());
    }

    private static List<String> rubriker(JsonNode vy) {
        List<String> rubriker = new ArrayList<>();
        vy.get("historik").forEach(p -> rubriker.add(p.get("rubrik").asText()));
        return rubriker;
    }

    @Test
    void helaHistorikenNyastForstForDenSomArbetarMedArendet() throws Exception {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        String sokvag = "/api/arenden/" + arende.getArendenummer() + "/klienthistorik";
        long raderFore = jdbc.queryForObject("select count(*) from atkomstlogg where anvandare = 'handlaggare-vuxen'"
                + " and arendenummer = ?", Long.class, arende.getArendenummer());

        JsonNode vy = las(sokvag, "handlaggare-vuxen");

        assertThat(vy.get("klient").get("namn").asText()).isEqualTo(arende.getKlient().namn());
        assertThat(rubriker(vy)).contains("Ansökan", "Tillhörighetsutredning klar", "Utredning påbörjad", "Insatser beviljade",
                "Insats: Stödboende");
        List<LocalDate> datum = new ArrayList<>();
        vy.get("historik").forEach(p -> datum.add(LocalDate.parse(p.get("datum").asText())));
        assertThat(datum).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(vy.get("historik").findValuesAsText("vem")).anyMatch(v -> v.contains("(handlaggare-mottagningen)"));
        assertThat(jdbc.queryForObject("select count(*) from atkomstlogg where anvandare = 'handlaggare-vuxen'"
                + " and arendenummer = ?", Long.class, arende.getArendenummer())).isEqualTo(raderFore + 1);

        assertThat(http.get(sokvag, "handlaggare-forsorjning", "demo").statusCode()).isEqualTo(403);
        assertThat(las(sokvag, "chef").get("historik").size()).isEqualTo(vy.get("historik").size());
    }

    @Test
    void franUppgiftenOchFranProcessinstansen() throws Exception {
        Arende arende = forlopp.underUtredning("behovMissbruk");
        String uppgift = forlopp.uppgift(arende).getId();
        String instans = forlopp.process(arende).getId();

        assertThat(las("/api/uppgifter/" + uppgift + "/klienthistorik", "handlaggare-vuxen").get("arenden").get(0)
                .get("arendenummer").asText()).isEqualTo(arende.getArendenummer());
        assertThat(http.get("/api/uppgifter/" + uppgift + "/klienthistorik", "handlaggare-forsorjning", "demo").statusCode())
                .isEqualTo(403);
        assertThat(http.get("/api/uppgifter/00000000-0000-0000-0000-000000000000/klienthistorik", "handlaggare-vuxen", "demo")
                .statusCode()).as("an unknown task answers as a foreign one").isEqualTo(403);
        assertThat(las("/api/processinstanser/" + instans + "/klienthistorik", "chef").get("klient").get("namn").asText())
                .isEqualTo(arende.getKlient().namn());
        assertThat(jdbc.queryForObject("select count(*) from atkomstlogg where anvandare = 'chef' and vad like ?",
                Long.class, "%/api/processinstanser/" + instans + "%")).isEqualTo(1);
    }

    @Test
    void ettArendeSomLasarenInteArbetarMedRaknasMenVisasInte() throws Exception {
        Arende forsta = forlopp.underUtredning("behovMissbruk");
        LocalDate idag = LocalDate.now();
        jdbc.update("update arende set status = 'AVSLUTAD', avslutad = ?, oppet_for_klient = null where id = ?",
                idag.minusYears(2), forsta.getId());
        Arende andra = arenden.oppna(forsta.getKlient(), Ansokningskanal.TELEFON, "Ringde igen", "handlaggare-mottagningen");
        jdbc.update("update arende set ansvarig_sektion = 'forsorjning' where id = ?", andra.getId());

        JsonNode vy = las("/api/arenden/" + andra.getArendenummer() + "/klienthistorik", "handlaggare-forsorjning");

        assertThat(vy.get("arenden")).hasSize(1);
        assertThat(vy.get("arendenUtanInsyn").asInt()).isEqualTo(1);
        assertThat(vy.get("historik").findValuesAsText("arendenummer")).containsOnly(andra.getArendenummer());
        assertThat(las("/api/arenden/" + andra.getArendenummer() + "/klienthistorik", "chef").get("arenden")).hasSize(2);
    }
}
