package se.hemvag;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import se.hemvag.ansokan.Ansokningsmottagning;
import se.hemvag.ansokan.NyAnsokan;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.sip.SipProcessen;

/** Drives a fictitious client's case through the steps other tests take for granted. */
@Component
public class Arendeforlopp {

    private final Ansokningsmottagning mottagning;
    private final RuntimeService runtimeService;
    private final TaskService taskService;

    Arendeforlopp(Ansokningsmottagning mottagning, RuntimeService runtimeService, TaskService taskService) {
        this.mottagning = mottagning;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /** Registered, belongs to EFH with the given need, investigation started: waits for the decision. */
    public Arende underUtredning(String behov) {
        return underUtredning(Testklienter.ansokan(), behov);
    }

    /** The same for a given applicant. */
    public Arende underUtredning(NyAnsokan ansokan, String behov) {
        Arende arende = mottagning.registreraOchStarta(ansokan, "handlaggare-mottagningen");
        ProcessInstance tillhorighet = runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(process(arende).getId()).singleResult();
        taskService.complete(uppgift(tillhorighet.getId()).getId(), Map.of("kontaktStadsdel", "nej", "kontaktBarn", "nej",
                "hemloshetssituation", "AKUT_HEMLOS", behov, true));
        taskService.complete(uppgift(process(arende).getId()).getId(), Map.of("utredningPaborjad", "2026-11-01",
                "utredningsinstrument", "ASI", "utredningPlan", "Samtal och kontakt med vården"));
        return arende;
    }

    /** Investigated and granted a placement at a supported housing: the case is under way (PAGAENDE). */
    public Arende pagaende(String behov, Map<String, Object> merOmBeslutet) {
        return pagaende(Testklienter.ansokan(), behov, merOmBeslutet, "STODBOENDE");
    }

    /** The same for a given applicant, granted the given kind of intervention. */
    public Arende pagaende(NyAnsokan ansokan, String behov, Map<String, Object> merOmBeslutet, String insatstyp) {
        Arende arende = underUtredning(ansokan, behov);
        String idag = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()).toString();
        Map<String, Object> beslut = new HashMap<>(Map.of("beslut", "BEVILJAT", "beslutsdatum", idag,
                "beslutMotivering", "Behov av boende och stöd"));
        beslut.putAll(merOmBeslutet);
        taskService.complete(uppgift(process(arende).getId()).getId(), beslut);
        boolean placering = "STODBOENDE".equals(insatstyp);
        taskService.complete(uppgift(process(arende).getId()).getId(), Map.of("insatstyp", insatstyp, "insatsStart", idag,
                "utforare", placering ? "Stödboendet" : "Enheten för hemlösa", "kostnadPerDygn", placering ? 800L : 0L));
        return arende;
    }

    public ProcessInstance process(Arende arende) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ArendeProcessen.PROCESS_ID)
                .processInstanceBusinessKey(arende.getArendenummer()).singleResult();
    }

    /**
     * The one open user task anywhere in the case, its sub-processes included, leaving out the SIP
     * offer that the support sections make in every granted case (SipProcess has tests of its own).
     */
    public Task uppgift(Arende arende) {
        List<Task> uppgifter = taskService.createTaskQuery().processInstanceBusinessKey(arende.getArendenummer())
                .initializeFormKeys().list().stream()
                .filter(t -> !t.getProcessDefinitionId().startsWith(SipProcessen.PROCESS_ID + ":")).toList();
        if (uppgifter.size() > 1) {
            throw new IllegalStateException("Fler än en öppen uppgift i ärende " + arende.getArendenummer() + ": "
                    + uppgifter.stream().map(Task::getTaskDefinitionKey).toList());
        }
        return uppgifter.isEmpty() ? null : uppgifter.get(0);
    }

    private Task uppgift(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }
}
