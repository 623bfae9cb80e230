package se.hemvag.processversion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import se.hemvag.delat.KonfliktException;
import se.hemvag.delat.OgiltigBegaranException;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sektion.Grupper;

/**
 * A process owner moves the running cases of one version of a process to another. The plan maps
 * every activity that keeps its id, plus the mappings the owner names; before anything moves it is
 * checked by the engine and against where the cases wait now, and every problem is said in Swedish.
 * The move is the engine's own batch, which Cockpit shows under Batches, and the log says who made
 * it. Only process owners; the engine's migration commands are otherwise the operations
 * administrator's (Kommandovakt), and an owner's mapping can only name where a renamed step went.
 * Counts only: no case and no client is read.
 */
@Service
public class Processversioner {

    private static final Logger LOG = LoggerFactory.getLogger(Processversioner.class);
    static final String BARA_PROCESSAGARE = "Att flytta pågående ärenden mellan versioner är processägarens uppgift.";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final InloggadAnvandare inloggad;

    Processversioner(RepositoryService repository, RuntimeService runtime, ManagementService management,
            InloggadAnvandare inloggad) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        this.inloggad = inloggad;
    }

    /** One deployed version of a process and how many cases run on it. */
    public record Version(String id, int version, String versionstagg, Instant driftsatt, long pagaendeArenden) {
    }

    /** From one version to another, with the owner's mappings for activities whose id changed (from → to). */
    public record Flyttbegaran(String fran, String till, Map<String, String> mappningar) {
    }

    /** One step of the plan: where a case waiting at {@code fran} will wait afterwards. */
    public record Steg(String fran, String franNamn, String till, String tillNamn) {
    }

    /** The plan as it will run, and what stops it; empty {@code fel} means it can run. */
    public record Flyttplan(String fran, String till, long arenden, List<Steg> steg, List<String> fel) {
    }

    /** The engine's batch moving the cases. */
    public record Flytt(String batch, long arenden) {
    }

    public List<Version> versioner(String nyckel) {
        inloggad.krav(BARA_PROCESSAGARE, Grupper.PROCESSAGARE);
        return inloggad.somSystem(() -> {
            List<ProcessDefinition> definitioner = repository.createProcessDefinitionQuery().processDefinitionKey(nyckel)
                    .orderByProcessDefinitionVersion().desc().list();
            if (definitioner.isEmpty()) {
                throw new OgiltigBegaranException("Det finns ingen process med nyckeln " + nyckel + ".");
            }
            List<Version> versioner = new ArrayList<>();
            for (ProcessDefinition definition : definitioner) {
                Instant driftsatt = repository.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult()
                        .getDeploymentTime().toInstant();
                versioner.add(new Version(definition.getId(), definition.getVersion(), definition.getVersionTag(), driftsatt,
                        runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count()));
            }
            return versioner;
        });
    }

    public Flyttplan planera(Flyttbegaran begaran) {
        inloggad.krav(BARA_PROCESSAGARE, Grupper.PROCESSAGARE);
        return inloggad.somSystem(() -> prova(begaran).plan());
    }

    public Flytt flytta(Flyttbegaran begaran) {
        inloggad.krav(BARA_PROCESSAGARE, Grupper.PROCESSAGARE);
        String vem = inloggad.id();
        return inloggad.somSystem(() -> {
            Provad provad = prova(begaran);
            if (!provad.plan().fel().isEmpty()) {
                throw new KonfliktException("Planen kan inte köras: " + String.join(" ", provad.plan().fel()));
            }
            if (provad.plan().arenden() == 0) {
                throw new KonfliktException("Inga ärenden pågår på den versionen; det finns inget att flytta.");
            }
            Batch batch;
            try {
                batch = runtime.newMigration(provad.motorns())
                        .processInstanceQuery(runtime.createProcessInstanceQuery().processDefinitionId(begaran.fran()))
                        .executeAsync();
            } catch (BadUserRequestException e) {
                // the last cases ended between the check and the move
                throw new KonfliktException("Ärendena hann gå klart innan flytten; det finns inget att flytta.");
            }
            LOG.info("Processägaren {} flyttar {} pågående ärenden från {} till {} (egna mappningar {}) i batchen {}.",
                    vem, provad.plan().arenden(), begaran.fran(), begaran.till(), provad.plan().steg().stream()
                            .filter(steg -> !steg.fran().equals(steg.till())).map(steg -> steg.fran() + "->" + steg.till()).toList(),
                    batch.getId());
            return new Flytt(batch.getId(), provad.plan().arenden());
        });
    }

    private record Provad(Flyttplan plan, MigrationPlan motorns) {
    }

    private Provad prova(Flyttbegaran begaran) {
        ProcessDefinition fran = definition(begaran.fran(), "Versionen att flytta från");
        ProcessDefinition till = definition(begaran.till(), "Versionen att flytta till");
        if (!fran.getKey().equals(till.getKey())) {
            throw new OgiltigBegaranException("Ärenden flyttas bara mellan versioner av samma process: " + fran.getKey() + " och "
                    + till.getKey() + " är olika processer.");
        }
        if (fran.getId().equals(till.getId())) {
            throw new OgiltigBegaranException("Välj en annan version att flytta till än den ärendena redan går på.");
        }
        BpmnModelInstance franModell = repository.getBpmnModelInstance(fran.getId());
        BpmnModelInstance tillModell = repository.getBpmnModelInstance(till.getId());
        Map<String, String> mappningar = begaran.mappningar() == null ? Map.of() : begaran.mappningar();
        // an owner's mapping says where a step that was renamed went, nothing more: moving cases to
        // another step of the process is instance modification, the operations administrator's
        mappningar.forEach((franSteg, tillSteg) -> {
            if (!(franModell.getModelElementById(franSteg) instanceof FlowElement franElement)) {
                throw new OgiltigBegaranException("Steget " + franSteg + " finns inte i version " + fran.getVersion() + ".");
            }
            if (!(tillModell.getModelElementById(tillSteg) instanceof FlowElement tillElement)) {
                throw new OgiltigBegaranException("Steget " + tillSteg + " finns inte i version " + till.getVersion() + ".");
            }
            if (tillModell.getModelElementById(franSteg) != null) {
                throw new OgiltigBegaranException("Steget " + franSteg + " finns kvar i version " + till.getVersion()
                        + " och ärendena där flyttas dit av sig självt; ange bara steg som bytt id.");
            }
            if (franModell.getModelElementById(tillSteg) != null) {
                throw new OgiltigBegaranException("Steget " + tillSteg + " fanns redan i version " + fran.getVersion()
                        + ": ärenden flyttas bara till ett steg som ersätter ett som bytt id.");
            }
            if (!franElement.getElementType().equals(tillElement.getElementType())) {
                throw new OgiltigBegaranException("Steget " + franSteg + " och steget " + tillSteg + " är olika slags steg ("
                        + franElement.getElementType().getTypeName() + ", " + tillElement.getElementType().getTypeName() + ").");
            }
        });

        MigrationPlanBuilder byggare = runtime.createMigrationPlan(fran.getId(), till.getId()).mapEqualActivities()
                .updateEventTriggers();
        mappningar.forEach((franSteg, tillSteg) -> {
            Object mal = tillModell.getModelElementById(tillSteg);
            if (mal instanceof CatchEvent || mal instanceof ReceiveTask) {
                // a timer or message that changed: the case waits for the new one
                byggare.mapActivities(franSteg, tillSteg).updateEventTrigger();
            } else {
                byggare.mapActivities(franSteg, tillSteg);
            }
        });
        List<String> fel = new ArrayList<>();
        MigrationPlan plan = null;
        try {
            plan = byggare.build();
        } catch (MigrationPlanValidationException e) {
            for (MigrationInstructionValidationReport rapport : e.getValidationReport().getInstructionReports()) {
                MigrationInstruction steg = rapport.getMigrationInstruction();
                fel.add("Steget " + namn(franModell, steg.getSourceActivityId()) + " kan inte flyttas till "
                        + namn(tillModell, steg.getTargetActivityId()) + " (motorn: " + String.join("; ", rapport.getFailures())
                        + ").");
            }
            if (fel.isEmpty()) {
                fel.add("Motorn godtar inte planen: " + e.getMessage());
            }
        }

        List<Steg> steg = new ArrayList<>();
        Set<String> tackta = new TreeSet<>();
        if (plan != null) {
            for (MigrationInstruction instruktion : plan.getInstructions()) {
                tackta.add(instruktion.getSourceActivityId());
                steg.add(new Steg(instruktion.getSourceActivityId(), namn(franModell, instruktion.getSourceActivityId()),
                        instruktion.getTargetActivityId(), namn(tillModell, instruktion.getTargetActivityId())));
            }
            steg.sort(Comparator.comparing(Steg::fran));
            // where the cases wait now: an activity without a step would stop the batch for those cases
            for (ActivityStatistics vantar : management.createActivityStatisticsQuery(fran.getId()).list()) {
                if (vantar.getInstances() > 0 && !tackta.contains(vantar.getId())) {
                    fel.add(vantar.getInstances() + " ärenden väntar vid " + namn(franModell, vantar.getId())
                            + ", som saknar motsvarighet i version " + till.getVersion() + ": ange vart de ska.");
                }
            }
        }
        long arenden = runtime.createProcessInstanceQuery().processDefinitionId(fran.getId()).count();
        return new Provad(new Flyttplan(fran.getId(), till.getId(), arenden, steg, fel), plan);
    }

    private ProcessDefinition definition(String id, String vilken) {
        if (id == null || id.isBlank()) {
            throw new OgiltigBegaranException(vilken + " saknas.");
        }
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
        if (definition == null) {
            throw new OgiltigBegaranException(vilken + " finns inte: " + id + ".");
        }
        return definition;
    }

    private static String namn(BpmnModelInstance modell, String id) {
        FlowElement element = modell.getModelElementById(id) instanceof FlowElement flode ? flode : null;
        return element == null || element.getName() == null ? id : "«" + element.getName() + "» (" + id + ")";
    }
}
