package se.hemvag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import se.hemvag.prestanda.EgenDatabas;

/**
 * What a process owner's deployment from Camunda Modeler meets when the app starts again. The app
 * deploys processes/ and forms/ at every start, but only when something in them differs from its
 * own last deployment, and then all of it. So:
 * <ul>
 *   <li>a restart with the files unchanged leaves the Modeler's version the latest: new cases start on it;</li>
 *   <li>a restart with any file changed deploys the whole set again, which becomes the latest, and the
 *       Modeler's version stays only with the cases already started on it.</li>
 * </ul>
 * Three starts of the app, each a JVM of its own as a real restart is, on one MariaDB database,
 * with processes/ and forms/ copied to a folder of the test's own so that a file can change between them.
 */
@Tag("mariadb")
class OmstartEfterModelerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BPMN = "processes/tillhorighet/tillhorighet.bpmn";
    private static final String SENASTE = "/engine-rest/process-definition/key/TillhorighetProcess";

    @TempDir
    Path katalog;
    private Nod nod;

    @AfterEach
    void stoppa() throws InterruptedException {
        if (nod != null) {
            nod.close();
        }
    }

    @Test
    void modelernsVersionGallerTillsFilernaAndras() throws Exception {
        FileSystemUtils.copyRecursively(Path.of("..", "processes"), katalog.resolve("processes"));
        FileSystemUtils.copyRecursively(Path.of("..", "forms"), katalog.resolve("forms"));
        EgenDatabas databas = EgenDatabas.ny("hemvag_omstart");

        Http http = starta(databas, 1);
        JsonNode forsta = las(http, SENASTE);
        String appensNamn = las(http, "/engine-rest/deployment/" + forsta.path("deploymentId").asText()).path("name").asText();
        String modelerns = Files.readString(katalog.resolve(BPMN)).replace("camunda:versionTag=\"" + forsta.path("versionTag").asText()
                + "\"", "camunda:versionTag=\"1.0.1-modeler\"");
        HttpResponse<String> driftsatt = http.postMultipart("/engine-rest/deployment/create", "processagare", "demo", List.of(
                new Http.Del("deployment-name", null, "hemvag-modeler".getBytes(StandardCharsets.UTF_8)),
                new Http.Del("deployment-source", null, "Camunda Modeler".getBytes(StandardCharsets.UTF_8)),
                new Http.Del("tillhorighet.bpmn", "tillhorighet.bpmn", modelerns.getBytes(StandardCharsets.UTF_8))));
        assertThat(driftsatt.statusCode()).as(driftsatt.body()).isEqualTo(200);
        assertThat(las(http, SENASTE).path("versionTag").asText()).isEqualTo("1.0.1-modeler");

        http = omstart(databas, 2);
        assertThat(las(http, SENASTE).path("versionTag").asText()).as("omstart med oförändrade filer").isEqualTo("1.0.1-modeler");
        assertThat(appensDriftsattningar(http, appensNamn)).isOne();

        // a change in another file (a decision table's documentation) is a change of the set
        Path dmn = katalog.resolve("processes/sektion/ansvarig-sektion.dmn");
        Files.writeString(dmn, Files.readString(dmn).replaceFirst("<decision ", "<!-- ändrad av processägaren --><decision "));
        http = omstart(databas, 3);
        JsonNode senaste = las(http, SENASTE);
        assertThat(senaste.path("versionTag").asText()).as("omstart med en ändrad fil").isEqualTo(forsta.path("versionTag").asText());
        assertThat(senaste.path("version").asInt()).isEqualTo(3);
        assertThat(appensDriftsattningar(http, appensNamn)).isEqualTo(2);
    }

    private Http omstart(EgenDatabas databas, int gang) throws Exception {
        nod.close();
        return starta(databas, gang);
    }

    private Http starta(EgenDatabas databas, int gang) throws IOException, InterruptedException {
        String filer = "file:" + katalog.toAbsolutePath();
        nod = Nod.starta(databas, katalog.resolve("start" + gang + ".log"), "--hemvag.demo.ansokningar=false",
                "--hemvag.demo.historik=false",
                "--camunda.bpm.deployment-resource-pattern[0]=" + filer + "/processes/**/*.bpmn",
                "--camunda.bpm.deployment-resource-pattern[1]=" + filer + "/processes/**/*.dmn",
                "--camunda.bpm.deployment-resource-pattern[2]=" + filer + "/forms/**/*.form");
        return new Http(nod.vantaTillsStartad());
    }

    private static long appensDriftsattningar(Http http, String namn) throws IOException {
        return las(http, "/engine-rest/deployment/count?name=" + namn).path("count").asLong();
    }

    private static JsonNode las(Http http, String sokvag) throws IOException {
        HttpResponse<String> svar = http.get(sokvag, "processagare", "demo");
        assertThat(svar.statusCode()).as(sokvag + ": " + svar.body()).isEqualTo(200);
        return JSON.readTree(svar.body());
    }
}
