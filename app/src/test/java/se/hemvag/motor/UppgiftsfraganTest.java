package se.hemvag.motor;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstanceQuery;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Testklienter;
import se.hemvag.ansokan.Ansokningsmottagning;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.sektion.Sektion;

/**
 * The task query with EXISTS (UppgiftsfraganMedExists) answers what the engine's own query answers,
 * for every kind of user and the query shapes Tasklist and the REST API ask, and is the one the engine runs.
 */
@HemvagSpringTest
class UppgiftsfraganTest {

    /** A caseworker of Vuxensektionen, only in this test, with a task of mottagningen's assigned to them. */
    private static final String TILLDELAD = "uppgiftsfraga-vuxen";
    private static final List<String> ANVANDARE = List.of("handlaggare-mottagningen", "handlaggare-vuxen",
            "handlaggare-forsorjning", "handlaggare-vard-och-omsorg", "handlaggare-administrationen", "gruppledare-vuxen",
            "bitradande-enhetschef-forsorjning", "chef", "processagare", "admin", TILLDELAD);

    @Autowired
    private ProcessEngineConfigurationImpl konfiguration;
    @Autowired
    private TaskService taskService;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private IdentityService identityService;
    @Autowired
    private Arendeforlopp forlopp;
    @Autowired
    private Ansokningsmottagning mottagning;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private UppgiftsfraganMedExists plugin;

    /** On MariaDB the task statements keep their EXISTS as EXISTS; the engine's MySQL database type does not say MariaDB. */
    @Test
    void mariadbKannsIgen() {
        String databasen = jdbc.execute((ConnectionCallback<String>) anslutning -> anslutning.getMetaData().getDatabaseProductName());
        assertThat(plugin.forMariadb()).as(databasen).isEqualTo(databasen.equals("MariaDB"));
        String mapper = UppgiftsfraganMedExists.mapper(UppgiftsfraganMedExists.las(UppgiftsfraganMedExists.MOTORNS_FRAGOR),
                UppgiftsfraganMedExists.las(UppgiftsfraganMedExists.MOTORNS_VARIABELFRAGOR),
                UppgiftsfraganMedExists.las(UppgiftsfraganMedExists.VARA_FRAGMENT), true);
        // the list and the count
        assertThat(mapper.split(java.util.regex.Pattern.quote(UppgiftsfraganMedExists.MARIADB_PLAN), -1)).hasSize(3);
    }

    @Test
    void motornKorFraganMedExists() {
        DbSqlSessionFactory sessioner = konfiguration.getDbSqlSessionFactory();
        assertThat(sessioner.mapStatement("selectTaskByQueryCriteria")).isEqualTo("se.hemvag.motor.Uppgiftsfragan.uppgifterEnligtFragan");
        assertThat(sessioner.mapStatement("selectTaskCountByQueryCriteria"))
                .isEqualTo("se.hemvag.motor.Uppgiftsfragan.antalUppgifterEnligtFragan");
        assertThat(sessioner.mapStatement("selectVariableInstanceByQueryCriteria"))
                .isEqualTo("se.hemvag.motor.Uppgiftsfragan.variablerEnligtFragan");
        assertThat(sessioner.mapStatement("selectVariableInstanceCountByQueryCriteria"))
                .isEqualTo("se.hemvag.motor.Uppgiftsfragan.antalVariablerEnligtFragan");
    }

    /** The variables Tasklist shows in its lists (the case number and the client's name), asked as it asks and more widely. */
    @Test
    void variablernaSammaSvarSomMotornsEgenFragaForVarjeAnvandare() {
        List<String> nummer = List.of(forlopp.underUtredning("behovMissbruk").getArendenummer(),
                mottagning.registreraOchStarta(Testklienter.ansokan(), "handlaggare-mottagningen").getArendenummer());
        List<String> instanser = new ArrayList<>();
        List<String> exekveringar = new ArrayList<>();
        List<String> uppgifter = new ArrayList<>();
        for (String arendenummer : nummer) {
            taskService.createTaskQuery().processInstanceBusinessKey(arendenummer).list().forEach(uppgift -> {
                instanser.add(uppgift.getProcessInstanceId());
                exekveringar.add(uppgift.getExecutionId());
                uppgifter.add(uppgift.getId());
            });
        }
        String[] visade = {ArendeProcessen.ARENDENUMMER, "klientNamn"};
        Map<String, Supplier<VariableInstanceQuery>> fragor = new LinkedHashMap<>();
        List<String> omfang = new ArrayList<>(exekveringar);
        omfang.addAll(instanser);
        fragor.put("Tasklists, per exekvering", () -> runtimeService.createVariableInstanceQuery().variableNameIn(visade)
                .variableScopeIdIn(omfang.toArray(String[]::new)));
        fragor.put("per processinstans", () -> runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(instanser.toArray(String[]::new)));
        fragor.put("per uppgift", () -> runtimeService.createVariableInstanceQuery().taskIdIn(uppgifter.toArray(String[]::new)));
        fragor.put("alla ärendenummer", () -> runtimeService.createVariableInstanceQuery().variableName(ArendeProcessen.ARENDENUMMER));

        Map<String, Integer> minst = new HashMap<>();
        Map<String, Integer> mest = new HashMap<>();
        for (String anvandare : ANVANDARE) {
            List<String> grupper = anvandare.equals(TILLDELAD) ? List.of(Sektion.VUXEN.gruppId())
                    : identityService.createGroupQuery().groupMember(anvandare).list().stream().map(Group::getId).toList();
            for (var fraga : fragor.entrySet()) {
                String vad = anvandare + ", " + fraga.getKey();
                List<String> snabb = som(anvandare, grupper, () -> variabler(fraga.getValue().get()));
                long snabbtAntal = som(anvandare, grupper, () -> fraga.getValue().get().count());
                List<String> motorns = medMotornsEgenFraga(() -> som(anvandare, grupper, () -> variabler(fraga.getValue().get())));
                long motornsAntal = medMotornsEgenFraga(() -> som(anvandare, grupper, () -> fraga.getValue().get().count()));
                assertThat(snabb).as(vad).isEqualTo(motorns);
                assertThat(snabbtAntal).as(vad).isEqualTo(motornsAntal).isEqualTo(snabb.size());
                minst.merge(fraga.getKey(), snabb.size(), Math::min);
                mest.merge(fraga.getKey(), snabb.size(), Math::max);
            }
        }
        // the check is there: for the cases' own variables, some users see fewer than others
        assertThat(mest.get("per processinstans")).isPositive().isGreaterThan(minst.get("per processinstans"));
    }

    private static List<String> variabler(VariableInstanceQuery fraga) {
        return fraga.list().stream().map(VariableInstance::getId).sorted().toList();
    }

    @Test
    void sammaSvarSomMotornsEgenFragaForVarjeAnvandareOchFraga() {
        forlopp.underUtredning("behovMissbruk");
        forlopp.underUtredning("behovPsykiskOhalsa");
        // this test's own case, assigned across sections to a user of its own: the other tests share the task lists
        String nytt = mottagning.registreraOchStarta(Testklienter.ansokan(), "handlaggare-mottagningen").getArendenummer();
        taskService.setAssignee(taskService.createTaskQuery().processInstanceBusinessKey(nytt).singleResult().getId(), TILLDELAD);

        Map<String, Function<String, TaskQuery>> fragor = new LinkedHashMap<>();
        fragor.put("alla", anvandare -> taskService.createTaskQuery());
        fragor.put("sektionens lista", anvandare -> taskService.createTaskQuery().taskCandidateGroup(Sektion.VUXEN.gruppId())
                .includeAssignedTasks());
        fragor.put("mottagningens lista", anvandare -> taskService.createTaskQuery()
                .taskCandidateGroup(Sektion.MOTTAGNINGEN.gruppId()).includeAssignedTasks());
        fragor.put("mina", anvandare -> taskService.createTaskQuery().taskAssignee(anvandare));
        fragor.put("eller-fråga", anvandare -> taskService.createTaskQuery().or()
                .taskCandidateGroup(Sektion.FORSORJNING.gruppId()).taskAssignee(anvandare).endOr());
        fragor.put("med affärsnyckel", anvandare -> taskService.createTaskQuery().processInstanceBusinessKeyLike("%-%"));
        fragor.put("aktiva, sorterade", anvandare -> taskService.createTaskQuery().active().orderByDueDate().asc()
                .orderByTaskId().desc());
        fragor.put("sektionens lista, nyast först", anvandare -> taskService.createTaskQuery()
                .taskCandidateGroup(Sektion.MOTTAGNINGEN.gruppId()).includeAssignedTasks().orderByTaskCreateTime().desc()
                .orderByTaskId().asc());
        fragor.put("kandidat som användare", anvandare -> taskService.createTaskQuery().taskCandidateUser(anvandare));
        fragor.put("kandidatgrupp som", anvandare -> taskService.createTaskQuery().taskCandidateGroupLike("%en"));
        fragor.put("med kandidatgrupper", anvandare -> taskService.createTaskQuery().withCandidateGroups());
        fragor.put("utan kandidatgrupper", anvandare -> taskService.createTaskQuery().withoutCandidateGroups()
                .includeAssignedTasks());
        fragor.put("inblandad", anvandare -> taskService.createTaskQuery().taskInvolvedUser(anvandare));
        fragor.put("eller-fråga med inblandad", anvandare -> taskService.createTaskQuery().or()
                .taskCandidateGroup(Sektion.VUXEN.gruppId()).taskInvolvedUser(TILLDELAD).endOr());
        fragor.put("eller-fråga med kandidatgrupper", anvandare -> taskService.createTaskQuery().or()
                .taskCandidateGroupIn(List.of(Sektion.VUXEN.gruppId(), Sektion.MOTTAGNINGEN.gruppId())).taskAssignee(TILLDELAD)
                .endOr().orderByTaskCreateTime().desc().orderByTaskId().asc());
        fragor.put("sorterade efter ärendenummer", anvandare -> taskService.createTaskQuery()
                .taskCandidateGroup(Sektion.VUXEN.gruppId()).orderByProcessVariable(ArendeProcessen.ARENDENUMMER, ValueType.STRING)
                .asc().orderByTaskId().asc());

        int ledningensAntal = 0;
        int handlaggarensAntal = Integer.MAX_VALUE;
        for (String anvandare : ANVANDARE) {
            List<String> grupper = anvandare.equals(TILLDELAD) ? List.of(Sektion.VUXEN.gruppId())
                    : identityService.createGroupQuery().groupMember(anvandare).list().stream().map(Group::getId).toList();
            for (var fraga : fragor.entrySet()) {
                String vad = anvandare + ", " + fraga.getKey();
                List<String> snabb = som(anvandare, grupper, () -> ids(fraga.getValue().apply(anvandare)));
                long snabbtAntal = som(anvandare, grupper, () -> fraga.getValue().apply(anvandare).count());
                List<String> motorns = medMotornsEgenFraga(() -> som(anvandare, grupper, () -> ids(fraga.getValue().apply(anvandare))));
                long motornsAntal = medMotornsEgenFraga(() -> som(anvandare, grupper, () -> fraga.getValue().apply(anvandare).count()));
                assertThat(snabb).as(vad).isEqualTo(motorns);
                assertThat(snabbtAntal).as(vad).isEqualTo(motornsAntal).isEqualTo(snabb.size());
                if (fraga.getKey().equals("alla") && anvandare.equals("chef")) {
                    ledningensAntal = snabb.size();
                }
                if (fraga.getKey().equals("alla") && anvandare.equals("handlaggare-vuxen")) {
                    handlaggarensAntal = snabb.size();
                }
            }
        }
        // the check is there: a caseworker sees less than the management, who read every task
        assertThat(handlaggarensAntal).isPositive().isLessThan(ledningensAntal);
    }

    @Test
    void uppgifternasForaldrarHarEttIndex() {
        List<String> index = jdbc.execute((ConnectionCallback<List<String>>) anslutning -> {
            List<String> namn = new ArrayList<>();
            try (ResultSet rader = anslutning.getMetaData().getIndexInfo(anslutning.getCatalog(), null, "ACT_RU_TASK", false, false)) {
                while (rader.next()) {
                    namn.add(rader.getString("INDEX_NAME") + ":" + rader.getString("COLUMN_NAME"));
                }
            }
            return namn;
        });
        assertThat(index).anyMatch(rad -> rad.equalsIgnoreCase(UppgiftensForalderIndex.INDEX + ":PARENT_TASK_ID_"));
    }

    private static List<String> ids(TaskQuery fraga) {
        return fraga.list().stream().map(Task::getId).toList();
    }

    private <T> T som(String anvandare, List<String> grupper, Supplier<T> fraga) {
        identityService.setAuthentication(anvandare, grupper);
        try {
            return fraga.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The same call with the engine's own statements, as without UppgiftsfraganMedExists. */
    private <T> T medMotornsEgenFraga(Supplier<T> fraga) {
        DbSqlSessionFactory sessioner = konfiguration.getDbSqlSessionFactory();
        Map<String, String> vara = sessioner.getStatementMappings();
        Map<String, String> motorns = new HashMap<>(vara);
        UppgiftsfraganMedExists.ERSATTNINGAR.keySet().forEach(motorns::remove);
        sessioner.setStatementMappings(motorns);
        try {
            return fraga.get();
        } finally {
            sessioner.setStatementMappings(vara);
        }
    }
}
