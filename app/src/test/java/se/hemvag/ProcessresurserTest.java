package se.hemvag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.hemvag.sektion.Grupper;
import se.hemvag.sektion.Sektion;

/**
 * What a process owner can break in Camunda Modeler without a developer noticing: every
 * delegate, form, decision and called process a model names exists; every process and
 * decision has a history time to live, a version tag and its diagram.
 */
@HemvagSpringTest
class ProcessresurserTest {

    private static final Path PROCESSER = Path.of("../processes");
    private static final Path FORMULAR = Path.of("../forms");

    @Autowired ApplicationContext spring;
    @Autowired RepositoryService repositoryService;

    private static final List<BpmnModelInstance> bpmn = new ArrayList<>();
    private static final List<DmnModelInstance> dmn = new ArrayList<>();
    private static final Set<String> formular = new HashSet<>();

    @BeforeAll
    static void lasModellerna() throws IOException {
        for (Path fil : filer(PROCESSER, ".bpmn")) {
            bpmn.add(Bpmn.readModelFromFile(fil.toFile()));
        }
        for (Path fil : filer(PROCESSER, ".dmn")) {
            dmn.add(Dmn.readModelFromFile(fil.toFile()));
        }
        for (Path fil : filer(FORMULAR, ".form")) {
            formular.add(fil.getFileName().toString().replace(".form", ""));
        }
        assertThat(bpmn).hasSizeGreaterThanOrEqualTo(2);
        assertThat(dmn).hasSizeGreaterThanOrEqualTo(2);
    }

    private static List<Path> filer(Path katalog, String andelse) throws IOException {
        try (Stream<Path> alla = Files.walk(katalog)) {
            return alla.filter(p -> p.toString().endsWith(andelse)).sorted().toList();
        }
    }

    @Test
    void varjeProcessHarHistorikensLivslangdVersionOchDiagram() {
        for (BpmnModelInstance modell : bpmn) {
            assertThat(modell.getDefinitions().getBpmDiagrams()).as("diagram").isNotEmpty();
            for (Process process : modell.getModelElementsByType(Process.class)) {
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId() + " historyTimeToLive").isNotBlank();
                // semantic: MAJOR.MINOR.PATCH (processes/README.md says which change is which)
                assertThat(process.getCamundaVersionTag()).as(process.getId() + " versionTag").matches("\\d+\\.\\d+\\.\\d+");
                assertThat(process.getName()).as(process.getId() + " namn").isNotBlank();
            }
        }
        for (DmnModelInstance modell : dmn) {
            for (Decision beslut : modell.getModelElementsByType(Decision.class)) {
                assertThat(beslut.getCamundaHistoryTimeToLiveString()).as(beslut.getId()).isNotBlank();
                assertThat(beslut.getVersionTag()).as(beslut.getId()).matches("\\d+\\.\\d+\\.\\d+");
            }
        }
    }

    @Test
    void varjeBeslutstabellHarSittDiagram() throws IOException {
        // the DMN model API does not read DMNDI; Modeler 5 needs it to show the decision
        for (Path fil : filer(PROCESSER, ".dmn")) {
            assertThat(Files.readString(fil)).as(fil.toString()).contains("<dmndi:DMNDiagram", "<dmndi:DMNShape");
        }
    }

    @Test
    void varjeDelegateExpressionArEnSpringBona() {
        for (BpmnModelInstance modell : bpmn) {
            for (ServiceTask uppgift : modell.getModelElementsByType(ServiceTask.class)) {
                String uttryck = uppgift.getCamundaDelegateExpression();
                assertThat(uttryck).as(uppgift.getId() + " ska anropa en delegate").matches("\\$\\{[a-zA-Z]+}");
                String bona = uttryck.substring(2, uttryck.length() - 1);
                assertThat(spring.containsBean(bona)).as(uppgift.getId() + " → " + bona).isTrue();
            }
        }
    }

    @Test
    void varjeAnvandaruppgiftHarEttFormularOchEnSektion() {
        Set<String> anvanda = new HashSet<>();
        for (BpmnModelInstance modell : bpmn) {
            for (UserTask uppgift : modell.getModelElementsByType(UserTask.class)) {
                String ref = uppgift.getCamundaFormRef();
                assertThat(ref).as(uppgift.getId() + " formRef").isNotBlank();
                assertThat(formular).as(uppgift.getId() + " → forms/" + ref + ".form").contains(ref);
                // "latest": a BPMN deployed alone from Camunda Modeler still finds its forms
                assertThat(uppgift.getCamundaFormRefBinding()).isEqualTo("latest");
                anvanda.add(ref);
                // the leads' "Försenade uppgifter" shows a task only once it has a due date
                assertThat(uppgift.getCamundaDueDate()).as(uppgift.getId() + " dueDate").isNotBlank();
                String grupp = uppgift.getCamundaCandidateGroups();
                assertThat(grupp).as(uppgift.getId() + " candidateGroups").isNotBlank();
                // a section, or the utredningssekreterare's spot checks (StickprovProcess)
                if (!grupp.startsWith("${") && !grupp.equals(Grupper.UTREDNINGSSEKRETERARE)) {
                    assertThat(Sektion.medGruppId(grupp)).as(uppgift.getId() + " → " + grupp).isPresent();
                }
            }
            for (StartEvent start : modell.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    assertThat(formular).contains(start.getCamundaFormRef());
                    anvanda.add(start.getCamundaFormRef());
                }
            }
        }
        assertThat(anvanda).as("formulär som ingen uppgift använder").containsAll(formular);
    }

    @Test
    void varjeBeslutOchAnropadProcessFinns() {
        Set<String> beslut = new HashSet<>();
        dmn.forEach(m -> m.getModelElementsByType(Decision.class).forEach(d -> beslut.add(d.getId())));
        Set<String> processer = new HashSet<>();
        bpmn.forEach(m -> m.getModelElementsByType(Process.class).forEach(p -> processer.add(p.getId())));

        for (BpmnModelInstance modell : bpmn) {
            for (BusinessRuleTask uppgift : modell.getModelElementsByType(BusinessRuleTask.class)) {
                assertThat(beslut).as(uppgift.getId()).contains(uppgift.getCamundaDecisionRef());
            }
            for (CallActivity anrop : modell.getModelElementsByType(CallActivity.class)) {
                assertThat(processer).as(anrop.getId()).contains(anrop.getCalledElement());
            }
        }
    }

    @Test
    void varjeFormularHarSittFilnamnSomIdOchFaltAttFyllaI() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String id : formular) {
            JsonNode form = json.readTree(FORMULAR.resolve(id + ".form").toFile());
            assertThat(form.get("id").asText()).isEqualTo(id);
            assertThat(form.get("schemaVersion").asInt()).isEqualTo(16);
            List<JsonNode> falt = new ArrayList<>();
            form.get("components").forEach(k -> {
                if (k.has("key") && !k.path("disabled").asBoolean()) {
                    falt.add(k);
                }
            });
            assertThat(falt).as(id + " har inga fält att fylla i").isNotEmpty();
            assertThat(falt).as(id + " har inget obligatoriskt fält")
                    .anyMatch(k -> k.path("validate").path("required").asBoolean());
        }
    }

    @Test
    void formularenDriftsattsTillsammansMedProcessernaSaAttFormRefHittas() {
        ProcessDefinition arende = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ArendeProcess")
                .latestVersion().singleResult();
        List<String> resurser = repositoryService.getDeploymentResourceNames(arende.getDeploymentId());

        for (String id : formular) {
            assertThat(resurser).anyMatch(r -> r.endsWith("forms/" + id + ".form"));
        }
        assertThat(resurser).anyMatch(r -> r.endsWith("ansvarig-sektion.dmn"));
    }
}
