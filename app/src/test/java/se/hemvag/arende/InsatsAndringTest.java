package se.hemvag.arende;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;

/** An intervention is ended or changed by the section that pays for it, through the API. */
@HemvagSpringTest
class InsatsAndringTest {

    @LocalServerPort int port;
    @Autowired Arendeforlopp forlopp;
    @Autowired InsatsRepository insatser;
    @Autowired ObjectMapper json;

    private Http http;
    private Arende arende;
    private String url;

    @BeforeEach
    void init() {
        http = new Http(port);
        arende = forlopp.pagaende("behovMissbruk", Map.of());
        Insats stodboende = insatser.findByArendeIdOrderByStartdatum(arende.getId()).get(0);
        url = "/api/arenden/" + arende.getArendenummer() + "/insatser/" + stodboende.getId();
    }

    private HttpResponse<String> patch(String anvandare, String kropp) {
        return http.patchJson(url, anvandare, "demo", kropp);
    }

    @Test
    void sektionenAvslutarOchAndrarInsatsen() throws Exception {
        String slut = LocalDate.now().plusDays(10).toString();

        HttpResponse<String> avslutad = patch("handlaggare-vuxen", "{\"slutdatum\": \"" + slut + "\"}");
        HttpResponse<String> dyrare = patch("handlaggare-vuxen", "{\"kostnadPerDygn\": 0, \"utforare\": \"Egen regi\"}");

        assertThat(avslutad.statusCode()).as(avslutad.body()).isEqualTo(200);
        assertThat(json.readTree(avslutad.body()).get("slutdatum").asText()).isEqualTo(slut);
        JsonNode andrad = json.readTree(dyrare.body());
        assertThat(andrad.get("slutdatum").asText()).as("det som inte anges står kvar").isEqualTo(slut);
        assertThat(andrad.get("kostnadPerDygn").asInt()).isZero();
        Insats sparad = insatser.findById(andrad.get("id").asLong()).orElseThrow();
        assertThat(sparad.getUtforare()).isEqualTo("Egen regi");
        assertThat(sparad.getAndradAv()).isEqualTo("handlaggare-vuxen");
        assertThat(sparad.getAndrad()).isNotNull();

        HttpResponse<String> pagarIgen = patch("handlaggare-vuxen", "{\"slutdatum\": null}");
        assertThat(json.readTree(pagarIgen.body()).get("slutdatum").isNull()).isTrue();
    }

    @Test
    void felaktigaAndringarGerTydligaSvarOchAndrarIngenting() throws Exception {
        LocalDate start = insatser.findByArendeIdOrderByStartdatum(arende.getId()).get(0).getStartdatum();

        assertThat(patch("handlaggare-vuxen", "{\"slutdatum\": \"" + start.minusDays(1) + "\"}").statusCode()).isEqualTo(400);
        assertThat(patch("handlaggare-vuxen", "{\"slutdatum\": \"31/12\"}").statusCode()).isEqualTo(400);
        assertThat(patch("handlaggare-vuxen", "{\"kostnadPerDygn\": -5}").statusCode()).isEqualTo(400);
        assertThat(patch("handlaggare-vuxen", "{\"kostnadPerDygn\": \"gratis\"}").statusCode()).isEqualTo(400);
        assertThat(patch("handlaggare-vuxen", "{\"typ\": \"BEHANDLING\"}").statusCode()).isEqualTo(400);
        assertThat(patch("handlaggare-vuxen", "{}").statusCode()).isEqualTo(400);
        assertThat(patch("handlaggare-forsorjning", "{\"kostnadPerDygn\": 1}").statusCode()).isEqualTo(403);
        // an unknown id gets the same answer as another section's intervention: nothing to learn from it
        assertThat(http.patchJson("/api/arenden/" + arende.getArendenummer() + "/insatser/999999999", "handlaggare-vuxen",
                "demo", "{\"kostnadPerDygn\": 1}").statusCode()).isEqualTo(403);
        assertThat(patch("handlaggare-vuxen", "{\"kostnadPerDygn\": 100001}").statusCode()).isEqualTo(400);

        Insats orord = insatser.findByArendeIdOrderByStartdatum(arende.getId()).get(0);
        assertThat(orord.getSlutdatum()).isNull();
        assertThat(orord.getKostnadPerDygn()).isEqualTo(800);
        assertThat(orord.getAndradAv()).isNull();
    }

    @Test
    void iTasklistAvslutarSektionenInsatsenMedStartformularet() throws Exception {
        String slut = LocalDate.now().plusDays(3).toString();
        String formular = "/engine-rest/process-definition/key/InsatsandringProcess/submit-form";
        String kropp = "{\"variables\": {\"arendenummer\": {\"value\": \"" + arende.getArendenummer() + "\"},"
                + " \"insatstyp\": {\"value\": \"STODBOENDE\"}, \"insatsandring\": {\"value\": \"AVSLUTA\"},"
                + " \"nyttSlutdatum\": {\"value\": \"" + slut + "\"}}}";

        HttpResponse<String> annanSektion = http.postJson(formular, "handlaggare-forsorjning", "demo", kropp);
        HttpResponse<String> utanDatum = http.postJson(formular, "handlaggare-vuxen", "demo",
                kropp.replace(", \"nyttSlutdatum\": {\"value\": \"" + slut + "\"}", ""));
        HttpResponse<String> svar = http.postJson(formular, "handlaggare-vuxen", "demo", kropp);

        assertThat(annanSektion.statusCode()).isIn(403, 400);
        assertThat(utanDatum.statusCode()).isEqualTo(400);
        assertThat(json.readTree(utanDatum.body()).get("message").asText()).contains("Slutdatum");
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        assertThat(json.readTree(svar.body()).get("businessKey").asText()).isEqualTo(arende.getArendenummer());
        assertThat(insatser.findByArendeIdOrderByStartdatum(arende.getId()).get(0).getSlutdatum()).isEqualTo(LocalDate.parse(slut));
    }
}
