package se.hemvag.prestanda;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The yardstick: a bare Camunda 7 engine in the same JVM on a MariaDB database of its own, with
 * the engine's defaults and none of Hemväg (no web layer, no guards, no access log, no domain
 * tables), authorization on as in Hemväg, and processes of the same shape as Hemväg's.
 */
final class BarMotor implements AutoCloseable {

    static final String GRUPP = "sektionen";
    static final String ANVANDARE = "handlaggare";

    private final HikariDataSource anslutningar;
    private final ProcessEngine motor;

    BarMotor(EgenDatabas databas) {
        StandaloneProcessEngineConfiguration konfiguration = new StandaloneProcessEngineConfiguration();
        konfiguration.setProcessEngineName("bar-" + databas.namn());
        // the same pool and isolation as Hemväg's (application-mariadb.yaml)
        anslutningar = new HikariDataSource();
        // without it the engine's schema check sees the tables of every database on the server and creates none
        anslutningar.setJdbcUrl(databas.jdbcUrl() + "?nullDatabaseMeansCurrent=true");
        anslutningar.setUsername(EgenDatabas.ANVANDARE);
        anslutningar.setPassword(EgenDatabas.LOSENORD);
        anslutningar.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        anslutningar.setMaximumPoolSize(10);
        konfiguration.setDataSource(anslutningar);
        konfiguration.setDatabaseType("mysql");
        konfiguration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        konfiguration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        konfiguration.setAuthorizationEnabled(true);
        konfiguration.setJobExecutorActivate(false);
        motor = konfiguration.buildProcessEngine();

        User anvandare = motor.getIdentityService().newUser(ANVANDARE);
        anvandare.setPassword("losen");
        motor.getIdentityService().saveUser(anvandare);
        motor.getIdentityService().saveGroup(motor.getIdentityService().newGroup(GRUPP));
        motor.getIdentityService().createMembership(ANVANDARE, GRUPP);
        Authorization lasa = motor.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        lasa.setGroupId(GRUPP);
        lasa.setResource(Resources.PROCESS_DEFINITION);
        lasa.setResourceId(Authorization.ANY);
        lasa.addPermission(Permissions.READ);
        motor.getAuthorizationService().saveAuthorization(lasa);
    }

    ProcessEngine motor() {
        return motor;
    }

    /** Deploys a model, the deployment's name after its process. */
    void driftsatt(BpmnModelInstance modell, String namn) {
        motor.getRepositoryService().createDeployment().addModelInstance(namn + ".bpmn", modell).name(namn).deploy();
    }

    /** Hemväg's shape of a waiting case: a business key, a case number and a name, one user task for the section. */
    static BpmnModelInstance vantandeArende() {
        return Bpmn.createExecutableProcess("VantandeArende").camundaHistoryTimeToLive(180)
                .startEvent().userTask("Task_Vantar").name("Väntar").camundaCandidateGroups(GRUPP).endEvent().done();
    }

    static final String ARENDEFLODE = "Arendeflode";

    /**
     * Hemväg's case path in the shape a bare engine would run it: the belonging investigation, the
     * investigation, the decision and the intervention as the section's tasks, then a wait for the
     * closure request (a message, as in Hemväg) and the closure form.
     */
    static BpmnModelInstance arendeflode() {
        return Bpmn.createExecutableProcess(ARENDEFLODE).camundaHistoryTimeToLive(180).startEvent()
                .userTask("Task_Tillhorighetsutredning").camundaCandidateGroups(GRUPP)
                .userTask("Task_PaborjaUtredning").camundaCandidateGroups(GRUPP)
                .userTask("Task_BeslutaInsatser").camundaCandidateGroups(GRUPP)
                .userTask("Task_RegistreraInsats").camundaCandidateGroups(GRUPP)
                .intermediateCatchEvent("Event_AvslutBegart").message("Message_AvslutBegart")
                .userTask("Task_Avslutningsblankett").camundaCandidateGroups(GRUPP)
                .endEvent().done();
    }

    /** The section may start cases and work their tasks (Hemväg gives its sections the same through its own authorizations). */
    void tillatArendeflode() {
        for (Resources resurs : List.of(Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE, Resources.TASK)) {
            Authorization allt = motor.getAuthorizationService().createAuthorizationQuery().groupIdIn(GRUPP)
                    .resourceType(resurs).resourceId(Authorization.ANY).singleResult();
            if (allt == null) {
                allt = motor.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                allt.setGroupId(GRUPP);
                allt.setResource(resurs);
                allt.setResourceId(Authorization.ANY);
            }
            allt.addPermission(Permissions.ALL);
            motor.getAuthorizationService().saveAuthorization(allt);
        }
    }

    /**
     * One case from application to closure as the section's caseworker, with authorization: each
     * task found by the case's business key, claimed and completed with its form's values. Gives
     * the number of calls that change something (start, claim, complete, the closure message).
     */
    int arendeflode(int nummer) {
        String arendenummer = String.format("2026-%05d", nummer);
        String idag = java.time.LocalDate.now().toString();
        motor.getIdentityService().setAuthentication(ANVANDARE, List.of(GRUPP));
        try {
            motor.getRuntimeService().startProcessInstanceByKey(ARENDEFLODE, arendenummer,
                    Map.of("arendenummer", arendenummer, "klientNamn", "Klient " + nummer));
            steg(arendenummer, "Task_Tillhorighetsutredning", Map.of("kontaktStadsdel", "nej", "kontaktBarn", "nej",
                    "hemloshetssituation", "AKUT_HEMLOS", "behovMissbruk", true));
            steg(arendenummer, "Task_PaborjaUtredning", Map.of("utredningPaborjad", idag, "utredningsinstrument", "ASI",
                    "utredningPlan", "Samtal och kontakt med vården"));
            steg(arendenummer, "Task_BeslutaInsatser", Map.of("beslut", "BEVILJAT", "beslutsdatum", idag,
                    "beslutMotivering", "Behov av boende och stöd"));
            steg(arendenummer, "Task_RegistreraInsats", Map.of("insatstyp", "STODBOENDE", "insatsStart", idag,
                    "utforare", "Stödboendet", "kostnadPerDygn", 800L));
            motor.getRuntimeService().createMessageCorrelation("Message_AvslutBegart").processInstanceBusinessKey(arendenummer)
                    .setVariable("avslutsorsak", "MALEN_UPPNADDA").correlate();
            steg(arendenummer, "Task_Avslutningsblankett", Map.of("avslutsorsak", "MALEN_UPPNADDA",
                    "boendeVidAvslut", "FORSTAHANDSKONTRAKT", "egenForsorjning", "JA", "avslutsdatum", idag));
            return 12;
        } finally {
            motor.getIdentityService().clearAuthentication();
        }
    }

    private void steg(String arendenummer, String uppgiftsnyckel, Map<String, Object> formular) {
        String uppgift = motor.getTaskService().createTaskQuery().processInstanceBusinessKey(arendenummer)
                .taskDefinitionKey(uppgiftsnyckel).singleResult().getId();
        motor.getTaskService().claim(uppgift, ANVANDARE);
        motor.getTaskService().complete(uppgift, formular);
    }

    /** Starts a waiting case, with the two variables Hemväg's task lists show. */
    void startaVantande(int nummer) {
        String arendenummer = String.format("2026-%05d", nummer);
        motor.getRuntimeService().startProcessInstanceByKey("VantandeArende", arendenummer,
                Map.of("arendenummer", arendenummer, "klientNamn", "Klient " + nummer));
    }

    /** The section's first page of tasks, newest first, as the section's caseworker: authorization checked. */
    List<?> sektionensUppgifter(int antal) {
        motor.getIdentityService().setAuthentication(ANVANDARE, List.of(GRUPP));
        try {
            return motor.getTaskService().createTaskQuery().taskCandidateGroup(GRUPP).includeAssignedTasks()
                    .orderByTaskCreateTime().desc().listPage(0, antal);
        } finally {
            motor.getIdentityService().clearAuthentication();
        }
    }

    @Override
    public void close() {
        motor.close();
        anslutningar.close();
    }
}
