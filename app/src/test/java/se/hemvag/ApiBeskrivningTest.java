package se.hemvag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Hemväg's API is described by OpenAPI at /v3/api-docs, behind the login like the API itself. */
@HemvagSpringTest
class ApiBeskrivningTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;

    @Test
    void beskrivningenTackerIndikatorernaSomJsonOchCsvOchKraverInloggning() throws Exception {
        Http http = new Http(port);
        assertThat(http.get("/v3/api-docs", null, null).statusCode()).isEqualTo(401);

        HttpResponse<String> svar = http.get("/v3/api-docs", "chef", "demo");

        assertThat(svar.statusCode()).isEqualTo(200);
        JsonNode api = json.readTree(svar.body());
        assertThat(api.at("/info/title").asText()).isEqualTo("Hemväg API");
        assertThat(api.path("paths").fieldNames()).toIterable().contains("/api/indikatorer", "/api/indikatorer/{id}",
                "/api/arenden/{arendenummer}", "/api/ansokningar", "/api/atkomstlogg",
                "/api/sektioner/{sektion}/arendegenomgang");
        JsonNode indikatorer = api.at("/paths/~1api~1indikatorer/get");
        assertThat(indikatorer.at("/responses/200/content").fieldNames()).toIterable()
                .contains("application/json", "text/csv");
        assertThat(indikatorer.path("parameters").findValuesAsText("name")).contains("fran", "till", "indelning", "sektion");
        assertThat(api.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
    }
}
