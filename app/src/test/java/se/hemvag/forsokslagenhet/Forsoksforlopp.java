package se.hemvag.forsokslagenhet;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;

/** Drives trial apartments and Lägenhetsinfo sessions through the steps the tests take for granted. */
@Component
public class Forsoksforlopp {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;

    Forsoksforlopp(RuntimeService runtimeService, TaskService taskService, ManagementService managementService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
    }

    public static String idag() {
        return om(0);
    }

    public static String om(int dagar) {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()).plusDays(dagar).toString();
    }

    public ProcessInstance ansok(Arende arende, boolean ekonomiUtredd) {
        return runtimeService.startProcessInstanceByKey(ForsokslagenhetProcessen.PROCESS_ID, Map.of("arendenummer",
                arende.getArendenummer(), "ekonomiUtredd", ekonomiUtredd, "stabilitet", "Drogfri sedan ett år, har sysselsättning"));
    }

    public ProcessInstance process(Arende arende) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ForsokslagenhetProcessen.PROCESS_ID)
                .processInstanceBusinessKey(arende.getArendenummer()).singleResult();
    }

    public Task uppgift(ProcessInstance process, String aktivitet) {
        return taskService.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey(aktivitet)
                .initializeFormKeys().singleResult();
    }

    /** Applied and granted: the apartment, housing support and Lägenhetsinfo are next. */
    public ProcessInstance beviljad(Arende arende) {
        ProcessInstance process = ansok(arende, true);
        taskService.complete(uppgift(process, ForsokslagenhetProcessen.TASK_BESLUTA).getId(), Map.of(
                "forsokslagenhetBeslut", "BEVILJAD", "forsokslagenhetBeslutsdatum", idag(), "forsokslagenhetMotivering", "Redo"));
        return process;
    }

    /** Apartment registered and housing support ordered: only Lägenhetsinfo is missing before move-in. */
    public void lagenhetOchBoendestod(ProcessInstance process) {
        taskService.complete(uppgift(process, ForsokslagenhetProcessen.TASK_REGISTRERA_LAGENHET).getId(), Map.of(
                "adress", "Testgatan 1, lgh 1101, Stockholm", "hyresvard", "Svenska Bostäder", "kontraktFran", idag()));
        taskService.complete(uppgift(process, ForsokslagenhetProcessen.TASK_BESTALL_BOENDESTOD).getId(), Map.of(
                "boendestodUtforare", "Boendestödsteamet", "boendestodFran", idag(), "boendestodTimmar", 4L));
    }

    public ProcessInstance planeraLagenhetsinfo(int dagarFram, int kapacitet) {
        return runtimeService.startProcessInstanceByKey(ForsokslagenhetProcessen.LAGENHETSINFO_PROCESS_ID, Map.of(
                "tillfalleDatum", om(dagarFram), "tillfalleKlockslag", "13:00", "plats", "Enheten för hemlösa, stora rummet",
                "kapacitet", (long) kapacitet, "ledare", "Boendesamordnaren"));
    }

    /** The session's time comes: one attendance task per invited client. */
    public List<Task> genomfor(ProcessInstance tillfalle) {
        Job timer = managementService.createJobQuery().processInstanceId(tillfalle.getId()).singleResult();
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(3 * 3600)));
        managementService.executeJob(timer.getId());
        return taskService.createTaskQuery().processInstanceId(tillfalle.getId()).initializeFormKeys().list();
    }

    public String klientNamn(Task uppgift) {
        return (String) taskService.getVariable(uppgift.getId(), "klientNamn");
    }

    public void kom(Task uppgift, int betyg) {
        taskService.complete(uppgift.getId(), Map.of("narvaro", "NARVARANDE", "betyg", String.valueOf(betyg),
                "utvardering", "Bra att få veta vad som gäller", "parmUtdelad", true));
    }

    public void uteblev(Task uppgift) {
        taskService.complete(uppgift.getId(), Map.of("narvaro", "UTEBLEV"));
    }

    public void inflyttad(ProcessInstance process) {
        taskService.complete(uppgift(process, ForsokslagenhetProcessen.TASK_INFLYTTNING).getId(), Map.of(
                "kontraktUndertecknat", true, "inflyttningsdatum", idag()));
    }

    /** Time moves to the takeover review. */
    public Job tillGranskningen(ProcessInstance process) {
        Job timer = managementService.createJobQuery().processInstanceId(process.getId()).singleResult();
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(3600)));
        managementService.executeJob(timer.getId());
        return timer;
    }
}
