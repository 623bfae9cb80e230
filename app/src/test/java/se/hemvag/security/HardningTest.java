package se.hemvag.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.arende.Arende;

/** Hardening: no default passwords outside the demo profile, safe headers, bounded requests. */
@HemvagSpringTest
class HardningTest {

    @LocalServerPort int port;
    @Autowired Arendeforlopp forlopp;
    @Autowired ObjectMapper json;

    @Test
    void utanforDemoprofilenStartarAppenInteUtanEttRiktigtAdministratorslosenord() {
        assertThatThrownBy(() -> Startkontroll.kontrollera("", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("HEMVAG_ADMIN_PASSWORD");
        assertThatThrownBy(() -> Startkontroll.kontrollera("admin", null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Startkontroll.kontrollera("admin", "demo")).hasMessageContaining("minst 12 tecken");
        assertThatThrownBy(() -> Startkontroll.kontrollera("admin", "kort")).hasMessageContaining("minst 12 tecken");
        assertThatCode(() -> Startkontroll.kontrollera("admin", "ett-langt-hemligt-losenord")).doesNotThrowAnyException();
    }

    @Test
    void apietsSvarFarInteCachasSniffasEllerRamas() {
        HttpResponse<String> svar = new Http(port).get("/api/arenden/2026-99999", "handlaggare-vuxen", "demo");

        assertThat(svar.statusCode()).isEqualTo(404);
        assertThat(svar.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(svar.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(svar.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(svar.headers().firstValue("Content-Security-Policy")).get().asString().contains("frame-ancestors 'none'");
        assertThat(new Http(port).get("/engine-rest/task", "handlaggare-vuxen", "demo").headers()
                .firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void instrumentpanelenLaddarBaraSinaEgnaSkriptOchFarInteRamas() {
        for (String sida : new String[] {"/enhetens-resultat/", "/enhetens-resultat/resultat.js"}) {
            HttpResponse<String> svar = new Http(port).get(sida, "chef", "demo");
            assertThat(svar.statusCode()).as(sida).isEqualTo(200);
            assertThat(svar.headers().firstValue("Content-Security-Policy")).as(sida).get().asString()
                    .contains("default-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe");
            assertThat(svar.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(svar.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void markupIFritextSparasSomDenSkrevsOchLamnasSomDataInteSomHtml() throws Exception {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        String behov = "<script>alert('x')</script> & <b>\"fet\"</b>";
        Http http = new Http(port);
        assertThat(http.postJson("/api/arenden/" + arende.getArendenummer() + "/medhandlaggning", "handlaggare-vuxen", "demo",
                json.writeValueAsString(Map.of("sektion", "forsorjning", "behov", behov))).statusCode()).isEqualTo(201);

        HttpResponse<String> svar = http.get("/api/arenden/" + arende.getArendenummer(), "handlaggare-vuxen", "demo");

        assertThat(svar.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(svar.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(json.readTree(svar.body()).at("/medhandlaggningar/0/behov").asText()).isEqualTo(behov);
        assertThat(svar.body()).as("citattecknen är kodade i JSON").contains("\\\"fet\\\"");
    }

    @Test
    void enForStorBegaranAvvisasMedEttBegripligtSvar() {
        String stor = "{\"anteckning\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}";

        HttpResponse<String> svar = new Http(port).postJson("/api/ansokningar", "handlaggare-mottagningen", "demo", stor);

        assertThat(svar.statusCode()).isEqualTo(413);
        assertThat(svar.body()).contains("För stor begäran");
    }

    /** A body that does not say its length (chunked), or a multipart upload, is bounded all the same. */
    @Test
    void tjugoMegabyteStyckvisEllerSomMultipartAvvisasOcksa() throws Exception {
        byte[] tjugoMb = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(tjugoMb, (byte) 'x');
        java.net.http.HttpClient klient = java.net.http.HttpClient.newHttpClient();
        String inlogg = "Basic " + java.util.Base64.getEncoder().encodeToString("processagare:demo".getBytes());

        for (String sokvag : new String[] {"/engine-rest/deployment/create", "/engine-rest/task/x/attachment/create",
                "/camunda/api/engine/engine/default/deployment/create", "/api/ansokningar"}) {
            for (String typ : new String[] {"application/json", "multipart/form-data; boundary=grans"}) {
                // ofInputStream has no known length: the client sends it chunked
                java.net.http.HttpRequest styckvis = java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://localhost:" + port + sokvag))
                        .header("Authorization", inlogg).header("Content-Type", typ)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(tjugoMb)))
                        .build();
                java.net.http.HttpRequest medLangd = java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://localhost:" + port + sokvag))
                        .header("Authorization", inlogg).header("Content-Type", typ)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(tjugoMb)).build();
                for (java.net.http.HttpRequest begaran : new java.net.http.HttpRequest[] {styckvis, medLangd}) {
                    HttpResponse<String> svar = klient.send(begaran, HttpResponse.BodyHandlers.ofString());
                    assertThat(svar.statusCode()).as(sokvag + " " + typ + " " + begaran.bodyPublisher().get().contentLength())
                            .isEqualTo(413);
                    assertThat(svar.body()).contains("För stor begäran");
                }
            }
        }
    }

    @Test
    void attRegistreraKontaktVisarIngenKlientuppgift() throws Exception {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());

        HttpResponse<String> svar = new Http(port).postJson("/api/arenden/" + arende.getArendenummer() + "/kontakt",
                "handlaggare-administrationen", "demo", "{}");

        assertThat(svar.statusCode()).isEqualTo(200);
        assertThat(json.readTree(svar.body()).get("arendenummer").asText()).isEqualTo(arende.getArendenummer());
        assertThat(svar.body()).doesNotContain(arende.getKlient().getIdentitetsnummer())
                .doesNotContain(arende.getKlient().getEfternamn()).doesNotContain("klient");
    }
}
