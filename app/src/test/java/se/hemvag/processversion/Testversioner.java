package se.hemvag.processversion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import se.hemvag.arende.ArendeProcessen;

/**
 * A test's own versions of a process, made from its file in processes/ with a change, and put away
 * again: every case on them goes back to the version the app deployed, then the versions are
 * removed, so the other tests in the same app find what they left.
 */
final class Testversioner implements AutoCloseable {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final String nyckel;
    private final String fil;
    private final String appens;
    private final List<String> deployments = new ArrayList<>();

    /** The process with this key, in this file under processes/ (e.g. "arende/arende.bpmn"). */
    Testversioner(RepositoryService repository, RuntimeService runtime, ManagementService management, String nyckel, String fil) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        this.nyckel = nyckel;
        this.fil = fil;
        this.appens = senaste();
    }

    static Testversioner avArendet(RepositoryService repository, RuntimeService runtime, ManagementService management) {
        return new Testversioner(repository, runtime, management, ArendeProcessen.PROCESS_ID, "arende/arende.bpmn");
    }

    /** The version the app deployed. */
    String appens() {
        return appens;
    }

    /** A new version: the app's model with another version tag and the change; its id. */
    String driftsatt(String versionstagg, UnaryOperator<String> andring) {
        String bpmn;
        try {
            bpmn = Files.readString(Path.of("../processes").resolve(fil));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bpmn = andring.apply(bpmn.replaceFirst("camunda:versionTag=\"[^\"]+\"", "camunda:versionTag=\"" + versionstagg + "\""));
        deployments.add(repository.createDeployment().name("processversioner-test")
                .addString(Path.of(fil).getFileName().toString(), bpmn).deploy().getId());
        return senaste();
    }

    String senaste() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(nyckel).latestVersion().singleResult().getId();
    }

    /**
     * The batch as the job executor would run it: its seed job (which makes at most a hundred jobs
     * and then a seed job for the rest), then the jobs that move the cases, until none is left.
     */
    void kor(String batchId) {
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        List<Job> jobb;
        do {
            jobb = new ArrayList<>(management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).list());
            jobb.addAll(management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list());
            jobb.forEach(ett -> management.executeJob(ett.getId()));
        } while (!jobb.isEmpty());
    }

    @Override
    public void close() {
        for (String deployment : deployments) {
            for (ProcessDefinition definition : repository.createProcessDefinitionQuery().deploymentId(deployment).list()) {
                if (runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count() > 0) {
                    runtime.newMigration(runtime.createMigrationPlan(definition.getId(), appens).mapEqualActivities()
                                    .updateEventTriggers().build())
                            .processInstanceQuery(runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()))
                            .execute();
                }
            }
            repository.deleteDeployment(deployment, true, true);
        }
        // the finished batches of the test's moves, kept for Cockpit until the job executor's monitor removes them
        management.createBatchQuery().list().forEach(batch -> management.deleteBatch(batch.getId(), true));
    }
}
