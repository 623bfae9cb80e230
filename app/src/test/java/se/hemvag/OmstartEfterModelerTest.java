package se.hemvag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import se.hemvag.sektion.Grupper;

/**
 * What a process owner's deployment from Camunda Modeler meets when the app starts again. The app
 * deploys processes/ and forms/ at every start, but only when something in them differs from its
 * own last deployment, and then all of it. So:
 * <ul>
 *   <li>a restart with the files unchanged leaves the Modeler's version the latest: new cases start on it;</li>
 *   <li>a restart with any file changed deploys the whole set again, which becomes the latest, and the
 *       Modeler's version stays only with the cases already started on it.</li>
 * </ul>
 * Three starts of the app on one in-memory database, with processes/ and forms/ copied to a folder
 * of the test's own so that a file can change between them.
 */
class OmstartEfterModelerTest {

    private static final String PROCESS = "TillhorighetProcess";
    private static final String BPMN = "processes/tillhorighet/tillhorighet.bpmn";
    private static final String APPENS_VERSION = "camunda:versionTag=\"1.0\"";

    @TempDir
    Path katalog;

    @Test
    void modelernsVersionGallerTillsFilernaAndras() throws IOException {
        kopiera(Path.of("..", "processes"), katalog.resolve("processes"));
        kopiera(Path.of("..", "forms"), katalog.resolve("forms"));
        String databas = "jdbc:h2:mem:hemvag-omstart-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";

        String appensNamn;
        try (ConfigurableApplicationContext app = starta(databas)) {
            RepositoryService repository = app.getBean(RepositoryService.class);
            ProcessDefinition forsta = senaste(repository);
            appensNamn = repository.createDeploymentQuery().deploymentId(forsta.getDeploymentId()).singleResult().getName();
            IdentityService identitet = app.getBean(IdentityService.class);
            identitet.setAuthentication("processagare", List.of(Grupper.PROCESSAGARE));
            try {
                // what Modeler's Deploy sends through /engine-rest/deployment/create: the one file, its own deployment
                repository.createDeployment().name("hemvag-modeler").source("Camunda Modeler")
                        .addString("tillhorighet.bpmn", Files.readString(katalog.resolve(BPMN))
                                .replace(APPENS_VERSION, "camunda:versionTag=\"1.1-modeler\""))
                        .deploy();
            } finally {
                identitet.clearAuthentication();
            }
            assertThat(senaste(repository).getVersionTag()).isEqualTo("1.1-modeler");
        }

        try (ConfigurableApplicationContext app = starta(databas)) {
            RepositoryService repository = app.getBean(RepositoryService.class);
            assertThat(senaste(repository).getVersionTag()).as("omstart med oförändrade filer").isEqualTo("1.1-modeler");
            assertThat(repository.createDeploymentQuery().deploymentName(appensNamn).count()).isOne();
        }

        // a change in another file (a decision table's documentation) is a change of the set
        Path dmn = katalog.resolve("processes/sektion/ansvarig-sektion.dmn");
        Files.writeString(dmn, Files.readString(dmn).replaceFirst("<decision ", "<!-- ändrad av processägaren --><decision "));
        try (ConfigurableApplicationContext app = starta(databas)) {
            RepositoryService repository = app.getBean(RepositoryService.class);
            ProcessDefinition senaste = senaste(repository);
            assertThat(senaste.getVersionTag()).as("omstart med en ändrad fil").isEqualTo("1.0");
            assertThat(senaste.getVersion()).isEqualTo(3);
            assertThat(repository.createDeploymentQuery().deploymentName(appensNamn).count()).isEqualTo(2);
        }
    }

    private ConfigurableApplicationContext starta(String databas) {
        String filer = "file:" + katalog.toAbsolutePath();
        return new SpringApplicationBuilder(HemvagApplication.class).profiles("test", "demo").run(
                "--server.port=0", "--spring.datasource.url=" + databas,
                // an engine name of its own: the engine registry is shared with the other tests' app in this JVM
                "--camunda.bpm.process-engine-name=omstart",
                "--camunda.bpm.deployment-resource-pattern[0]=" + filer + "/processes/**/*.bpmn",
                "--camunda.bpm.deployment-resource-pattern[1]=" + filer + "/processes/**/*.dmn",
                "--camunda.bpm.deployment-resource-pattern[2]=" + filer + "/forms/**/*.form");
    }

    private static ProcessDefinition senaste(RepositoryService repository) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion().singleResult();
    }

    private static void kopiera(Path fran, Path till) throws IOException {
        FileSystemUtils.copyRecursively(fran, till);
        try (Stream<Path> filer = Files.walk(till)) {
            assertThat(filer.filter(Files::isRegularFile).count()).as(fran.toString()).isPositive();
        }
    }
}
