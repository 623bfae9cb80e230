package se.hemvag.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.arende.Arende;

/**
 * Two people doing the same thing at the same moment: one of them succeeds, the other gets a clear
 * 4xx (the task is gone, or someone else got there first), never a 500, and the step is done once.
 */
@HemvagSpringTest
class SamtidighetTest {

    private static final String AVSLAG = "{\"variables\": {\"beslut\": {\"value\": \"AVSLAG\"}, \"beslutsdatum\": {\"value\":"
            + " \"2026-11-02\"}, \"beslutMotivering\": {\"value\": \"Inget behov\"}}}";

    @LocalServerPort int port;
    @Autowired Arendeforlopp forlopp;
    @Autowired JdbcTemplate jdbc;

    private static List<HttpResponse<String>> samtidigt(List<Supplier<HttpResponse<String>>> anrop) throws Exception {
        ExecutorService tradar = Executors.newFixedThreadPool(anrop.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> svar = new ArrayList<>();
            for (Supplier<HttpResponse<String>> ett : anrop) {
                svar.add(tradar.submit(() -> {
                    start.await();
                    return ett.get();
                }));
            }
            start.countDown();
            List<HttpResponse<String>> alla = new ArrayList<>();
            for (Future<HttpResponse<String>> ett : svar) {
                alla.add(ett.get());
            }
            return alla;
        } finally {
            tradar.shutdownNow();
        }
    }

    @Test
    void tvaHandlaggareSomSlutforSammaUppgiftSamtidigt() throws Exception {
        Http http = new Http(port);
        for (int forsok = 0; forsok < 3; forsok++) {
            Arende arende = forlopp.underUtredning("behovMissbruk");
            String uppgift = forlopp.uppgift(arende).getId();

            List<HttpResponse<String>> svar = samtidigt(List.of(
                    () -> http.postJson("/engine-rest/task/" + uppgift + "/submit-form", "handlaggare-vuxen", "demo", AVSLAG),
                    () -> http.postJson("/engine-rest/task/" + uppgift + "/submit-form", "gruppledare-vuxen", "demo", AVSLAG)));

            List<Integer> status = svar.stream().map(HttpResponse::statusCode).toList();
            assertThat(status).as("one succeeds, the other is told why not: " + svar.stream().map(HttpResponse::body).toList())
                    .containsOnlyOnce(204)
                    .allMatch(s -> s == 204 || s == 404 || s == 409);
            assertThat(jdbc.queryForObject("select beslut from arende where id = ?", String.class, arende.getId())).isEqualTo("AVSLAG");
        }
    }

    @Test
    void tvaHandlaggareSomTarSammaUppgiftSamtidigt() throws Exception {
        Http http = new Http(port);
        Arende arende = forlopp.underUtredning("behovMissbruk");
        String uppgift = forlopp.uppgift(arende).getId();

        List<HttpResponse<String>> svar = samtidigt(List.of(
                () -> http.postJson("/engine-rest/task/" + uppgift + "/claim", "handlaggare-vuxen", "demo",
                        "{\"userId\": \"handlaggare-vuxen\"}"),
                () -> http.postJson("/engine-rest/task/" + uppgift + "/claim", "gruppledare-vuxen", "demo",
                        "{\"userId\": \"gruppledare-vuxen\"}")));

        List<Integer> status = svar.stream().map(HttpResponse::statusCode).toList();
        assertThat(status).as(String.valueOf(svar.stream().map(HttpResponse::body).toList())).containsOnlyOnce(204)
                .allMatch(s -> s == 204 || s == 409);
        svar.stream().filter(s -> s.statusCode() == 409)
                .forEach(s -> assertThat(s.body()).containsAnyOf("Uppgiften har redan", "samtidigt"));
    }

    @Test
    void tvaSomBegarAvslutSamtidigt() throws Exception {
        Http http = new Http(port);
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());

        List<HttpResponse<String>> svar = samtidigt(List.of(
                () -> http.postJson("/api/arenden/" + arende.getArendenummer() + "/avslut", "handlaggare-vuxen", "demo", "{\"orsak\": \"MALEN_UPPNADDA\"}"),
                () -> http.postJson("/api/arenden/" + arende.getArendenummer() + "/avslut", "gruppledare-vuxen", "demo", "{\"orsak\": \"MALEN_UPPNADDA\"}")));

        List<Integer> status = svar.stream().map(HttpResponse::statusCode).toList();
        assertThat(status).as(svar.stream().map(HttpResponse::body).toList().toString()).containsOnlyOnce(202).allMatch(s -> s == 202 || s == 409);
    }

    /** Held by unique constraints, not by a check two requests can both pass. */
    @Test
    void tvaSomStartarSammaSipEllerMedhandlaggningSamtidigt() throws Exception {
        Http http = new Http(port);
        Arende arende = forlopp.pagaende("behovEkonomi", Map.of());
        String sip = "/api/arenden/" + arende.getArendenummer() + "/sip";
        String medhandlaggning = "/api/arenden/" + arende.getArendenummer() + "/medhandlaggning";
        String vuxen = "{\"sektion\": \"vuxen\", \"behov\": \"Beroendevård\"}";

        List<HttpResponse<String>> sipar = samtidigt(List.of(() -> http.postJson(sip, "handlaggare-forsorjning", "demo", "{}"),
                () -> http.postJson(sip, "bitradande-enhetschef-forsorjning", "demo", "{}")));
        List<HttpResponse<String>> inkopplade = samtidigt(List.of(
                () -> http.postJson(medhandlaggning, "handlaggare-forsorjning", "demo", vuxen),
                () -> http.postJson(medhandlaggning, "bitradande-enhetschef-forsorjning", "demo", vuxen)));

        for (List<HttpResponse<String>> svar : List.of(sipar, inkopplade)) {
            assertThat(svar.stream().map(HttpResponse::statusCode).toList()).as(svar.stream().map(HttpResponse::body).toList()
                    .toString()).containsExactlyInAnyOrder(201, 409);
        }
        assertThat(jdbc.queryForObject("select count(*) from sip where arende_id = ?", Integer.class, arende.getId())).isOne();
        assertThat(jdbc.queryForObject("select count(*) from medhandlaggning where arende_id = ?", Integer.class, arende.getId()))
                .isOne();
    }
}
