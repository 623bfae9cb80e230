package se.hemvag.arende;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.sektion.Sektion;
import se.hemvag.sektion.Sektionsgrupper;

/**
 * Ärendegenomgång: a section's gruppledare or biträdande enhetschef goes through the open cases
 * with each caseworker; the list shows what is due, the review is recorded on the case.
 */
@HemvagSpringTest
class ArendegenomgangTest {

    @LocalServerPort int port;
    @Autowired Arendeforlopp forlopp;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;
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

    private JsonNode rad(JsonNode lista, Arende arende) {
        for (JsonNode rad : lista.path("arenden")) {
            if (rad.path("arendenummer").asText().equals(arende.getArendenummer())) {
                return rad;
            }
        }
        return null;
    }

    private HttpResponse<String> registrera(Arende arende, String anvandare, String kropp) {
        return http.postJson("/api/arenden/" + arende.getArendenummer() + "/arendegenomgang", anvandare, "demo", kropp);
    }

    private int genomgangar(Arende arende) {
        return jdbc.queryForObject("select count(*) from arendegenomgang where arende_id = ?", Integer.class, arende.getId());
    }

    @Test
    void gruppledarenSerHandlaggarensArendenOchRegistrerarGenomgangen() throws Exception {
        Arende arende = forlopp.underUtredning("behovMissbruk");
        taskService.setAssignee(forlopp.uppgift(arende).getId(), "handlaggare-vuxen");
        String lista = "/api/sektioner/vuxen/arendegenomgang?handlaggare=handlaggare-vuxen";

        JsonNode fore = rad(json.readTree(http.get(lista, "gruppledare-vuxen", "demo").body()), arende);

        assertThat(fore).isNotNull();
        assertThat(fore.path("handlaggare").get(0).asText()).isEqualTo("handlaggare-vuxen");
        assertThat(fore.path("oppnaUppgifter").get(0).path("handlaggare").asText()).isEqualTo("handlaggare-vuxen");
        assertThat(fore.path("senastGenomgang").isNull()).isTrue();
        assertThat(fore.path("nastaGenomgangSenast").asText()).isEqualTo(arende.getAnsokningsdatum().plusMonths(3).toString());
        assertThat(fore.path("forsenad").asBoolean()).isFalse();

        HttpResponse<String> svar = registrera(arende, "gruppledare-vuxen",
                "{\"handlaggare\": \"handlaggare-vuxen\", \"anteckning\": \"Planen följs; ansökan om behandling nästa vecka\"}");

        assertThat(svar.statusCode()).isEqualTo(201);
        assertThat(json.readTree(svar.body()).path("genomfordAv").asText()).isEqualTo("gruppledare-vuxen");
        JsonNode efter = rad(json.readTree(http.get(lista, "gruppledare-vuxen", "demo").body()), arende);
        assertThat(efter.path("senastGenomgang").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(efter.path("senastGenomgangMed").asText()).isEqualTo("handlaggare-vuxen");
        assertThat(efter.path("nastaGenomgangSenast").asText()).isEqualTo(LocalDate.now().plusMonths(3).toString());
        assertThat(jdbc.queryForObject("select count(*) from atkomstlogg where anvandare = 'gruppledare-vuxen'"
                + " and arendenummer = ? and vad like 'Ärendegenomgång:%'", Integer.class, arende.getArendenummer()))
                .as("listan med klientens namn är en läsning i åtkomstloggen").isEqualTo(2);
    }

    @Test
    void ettArendeUtanGenomgangPaTreManaderArForsenatOchKommerForst() throws Exception {
        Arende arende = forlopp.underUtredning("behovMissbruk");
        LocalDate omFyraManader = LocalDate.now().plusMonths(4);
        ClockUtil.setCurrentTime(Date.from(omFyraManader.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant()));

        JsonNode lista = json.readTree(http.get("/api/sektioner/vuxen/arendegenomgang", "gruppledare-vuxen", "demo").body());

        assertThat(rad(lista, arende).path("forsenad").asBoolean()).isTrue();
        assertThat(lista.path("arenden").get(0).path("forsenad").asBoolean()).as("den mest försenade först").isTrue();
        assertThat(lista.path("idag").asText()).isEqualTo(omFyraManader.toString());
    }

    @Test
    void barasektionensLedningRegistrerarOchFelaktigaUppgifterAvvisasUtanAttNagotSparas() throws Exception {
        Arende arende = forlopp.underUtredning("behovMissbruk");
        String giltig = "{\"handlaggare\": \"handlaggare-vuxen\", \"anteckning\": \"Genomgånget\"}";

        assertThat(http.get("/api/sektioner/vuxen/arendegenomgang", "handlaggare-vuxen", "demo").statusCode())
                .as("en handläggare").isEqualTo(403);
        assertThat(http.get("/api/sektioner/forsorjning/arendegenomgang", "gruppledare-vuxen", "demo").statusCode())
                .as("en annan sektions gruppledare").isEqualTo(403);
        assertThat(http.get("/api/sektioner/vuxen/arendegenomgang", "bitradande-enhetschef-forsorjning", "demo").statusCode())
                .as("biträdande enhetschef sitter i ledningsgruppen, som läser över hela enheten").isEqualTo(200);
        HttpResponse<String> okand = http.get("/api/sektioner/hemliga/arendegenomgang", "gruppledare-vuxen", "demo");
        assertThat(okand.statusCode()).isEqualTo(400);
        assertThat(okand.body()).contains("Det finns ingen sektion");

        assertThat(registrera(arende, "handlaggare-vuxen", giltig).statusCode()).isEqualTo(403);
        assertThat(registrera(arende, "bitradande-enhetschef-forsorjning", giltig).statusCode()).isEqualTo(403);
        assertThat(registrera(arende, "chef", giltig).statusCode()).isEqualTo(403);
        HttpResponse<String> annanSektion = registrera(arende, "gruppledare-vuxen",
                "{\"handlaggare\": \"handlaggare-forsorjning\", \"anteckning\": \"x\"}");
        assertThat(annanSektion.statusCode()).isEqualTo(400);
        assertThat(annanSektion.body()).contains("en användare i Vuxensektionen");
        HttpResponse<String> framtid = registrera(arende, "gruppledare-vuxen", "{\"datum\": \"" + LocalDate.now().plusDays(1)
                + "\", \"handlaggare\": \"handlaggare-vuxen\", \"anteckning\": \"x\"}");
        assertThat(framtid.statusCode()).isEqualTo(400);
        assertThat(framtid.body()).contains("framtiden");
        assertThat(registrera(arende, "gruppledare-vuxen", "{\"handlaggare\": \"handlaggare-vuxen\", \"anteckning\": \" \"}")
                .body()).contains("Skriv vad genomgången kom fram till");
        assertThat(registrera(arende, "gruppledare-vuxen", "{\"datum\": \"igår\", \"handlaggare\": \"handlaggare-vuxen\","
                + " \"anteckning\": \"x\"}").body()).contains("ÅÅÅÅ-MM-DD");

        assertThat(genomgangar(arende)).isZero();
    }

    @Test
    void sektionensLedningHarEttFilterForForsenadeUppgifterSomHandlaggarnaInteHar() throws Exception {
        String namn = Sektionsgrupper.forsenadeUppgifter(Sektion.VUXEN);

        assertThat(json.readTree(http.get("/engine-rest/filter?resourceType=Task", "gruppledare-vuxen", "demo").body())
                .findValuesAsText("name")).contains(namn, Sektionsgrupper.sektionensUppgifter(Sektion.VUXEN));
        assertThat(json.readTree(http.get("/engine-rest/filter?resourceType=Task", "handlaggare-vuxen", "demo").body())
                .findValuesAsText("name")).doesNotContain(namn);
    }

    /** Every task has the unit's time: a decision on interventions waits four months, then the leads see it. */
    @Test
    void enUppgiftSomVantatForLangeSynsIFiltretForForsenadeUppgifter() throws Exception {
        Arende arende = forlopp.underUtredning("behovMissbruk");
        org.camunda.bpm.engine.task.Task beslut = forlopp.uppgift(arende);
        assertThat(beslut.getDueDate()).isNotNull();
        String filter = json.readTree(http.get("/engine-rest/filter?name=" + java.net.URLEncoder.encode(
                Sektionsgrupper.forsenadeUppgifter(Sektion.VUXEN), java.nio.charset.StandardCharsets.UTF_8),
                "gruppledare-vuxen", "demo").body()).get(0).get("id").asText();

        assertThat(http.get("/engine-rest/filter/" + filter + "/list?processInstanceBusinessKey=" + arende.getArendenummer(),
                "gruppledare-vuxen", "demo").body()).doesNotContain(beslut.getId());
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(beslut.getDueDate().toInstant()
                .plusSeconds(3600)));
        try {
            assertThat(http.get("/engine-rest/filter/" + filter + "/list?processInstanceBusinessKey=" + arende.getArendenummer(),
                    "gruppledare-vuxen", "demo").body()).contains(beslut.getId());
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }
}
