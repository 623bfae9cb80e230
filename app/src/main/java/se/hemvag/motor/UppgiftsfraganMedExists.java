package se.hemvag.motor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's task query, as Tasklist's lists and {@code GET /engine-rest/task} ask it, and its
 * variable query, as Tasklist asks for the variables its lists show, with the authorization check as
 * EXISTS subqueries instead of a join with ACT_RU_AUTHORIZATION (see uppgiftsfragan.xml). The engine grants each candidate group an authorization row per task, so a
 * section with 1,000 waiting tasks has 1,000 rows, and the join made MariaDB compare every task with
 * every row: a section's list took a second at 1,000 active cases and grew with the square.
 *
 * <p>The statements are the engine's own, read from its jar at start, with only the join and the
 * check replaced; the engine then runs them in place of its own through its per-database statement
 * mapping. Camunda 7.24 is the last community release, so the copied text does not move; Operaton
 * and CIB seven made the same change in the engine itself.
 */
@Component
class UppgiftsfraganMedExists extends AbstractProcessEnginePlugin {

    static final String MOTORNS_FRAGOR = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
    static final String MOTORNS_VARIABELFRAGOR = "org/camunda/bpm/engine/impl/mapping/entity/VariableInstance.xml";
    static final String VARA_FRAGMENT = "se/hemvag/motor/uppgiftsfragan.xml";
    static final String NAMNRYMD = "se.hemvag.motor.Uppgiftsfragan";
    /** The engine's statement ids and the ones they are replaced by. */
    static final Map<String, String> ERSATTNINGAR = Map.of(
            "selectTaskByQueryCriteria", "uppgifterEnligtFragan",
            "selectTaskCountByQueryCriteria", "antalUppgifterEnligtFragan",
            "selectVariableInstanceByQueryCriteria", "variablerEnligtFragan",
            "selectVariableInstanceCountByQueryCriteria", "antalVariablerEnligtFragan");

    private static final String AUTH_JOIN = """
            <if test="authCheck.shouldPerformAuthorizatioCheck &amp;&amp; authCheck.authUserId != null">
              <if test="!authCheck.revokeAuthorizationCheckEnabled">
                <include refid="org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.authCheckJoinWithoutOnClause" />
                AUTH ON (AUTH.RESOURCE_ID_ ${authJoinStart} RES.ID_ ${authJoinSeparator} D.KEY_ ${authJoinSeparator} '*' ${authJoinEnd})
              </if>
            </if>""";
    private static final String VARIABLERNAS_AUTH_JOIN = """
            <if test="!authCheck.revokeAuthorizationCheckEnabled">
              <include refid="org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.authCheckJoinWithoutOnClause" />
              AUTH ON (AUTH.RESOURCE_ID_ ${authJoinStart}
                RES.PROC_INST_ID_
                ${authJoinSeparator} PROC_EXECUTION.ID_
                ${authJoinSeparator} PROCDEF.KEY_
                ${authJoinSeparator} RES.TASK_ID_
                ${authJoinSeparator} '*'
                ${authJoinEnd}
              )
            </if>""";
    /** The engine joins the identity links for any candidate criterion; here only for involvedUser, which needs them joined. */
    private static final String IDENTITETSJOIN = "<if test=\"query != null &amp;&amp; (query.candidateUser != null || query.candidateGroups"
            + " != null  || query.candidateGroupLike != null || query.involvedUser != null || query.withCandidateGroups"
            + " || query.withCandidateUsers)\">";
    private static final String KANDIDAT_START = "and I.TYPE_ = 'candidate'";
    private static final String KANDIDAT_SLUT = """
                <if test="query.withCandidateUsers">
                  and I.USER_ID_ is not null
                </if>
              </trim>""";
    /**
     * MariaDB's optimizer, left to itself, turns the authorization EXISTS into IN and materializes it (a
     * scan of every authorization row on each call) and materializes the candidate subquery into a
     * temporary table whose lookups cost more than the index's (a section's 20,000 tasks counted in 0.3 s).
     * Without the two, it starts from a small section's links, or walks a large section's tasks in the
     * order asked and stops at the page's end (BENCHMARKS.md).
     */
    static final String MARIADB_PLAN = "SET STATEMENT optimizer_switch='exists_to_in=off,materialization=off' FOR ";
    private static final String AUTH_KONTROLL =
            "<include refid=\"org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.contextualAuthorizationCheck\" />";

    private boolean mariadb;

    /** Whether the statements carry MariaDB's {@link #MARIADB_PLAN}. */
    boolean forMariadb() {
        return mariadb;
    }

    static boolean arMariadb(DataSource databas) {
        try (Connection anslutning = databas.getConnection()) {
            return anslutning.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("mariadb");
        } catch (SQLException e) {
            throw new IllegalStateException("Kunde inte fråga databasen vilken den är", e);
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl konfiguration) {
        Configuration mybatis = konfiguration.getSqlSessionFactory().getConfiguration();
        // the engine runs MariaDB with its MySQL database type: the server itself says which it is
        mariadb = arMariadb(konfiguration.getDataSource());
        String mapper = mapper(las(MOTORNS_FRAGOR), las(MOTORNS_VARIABELFRAGOR), las(VARA_FRAGMENT), mariadb);
        new XMLMapperBuilder(new ByteArrayInputStream(mapper.getBytes(StandardCharsets.UTF_8)), mybatis, VARA_FRAGMENT,
                mybatis.getSqlFragments()).parse();
        DbSqlSessionFactory sessioner = konfiguration.getDbSqlSessionFactory();
        // a copy: the engine's per-database map is shared by every engine in the JVM
        Map<String, String> mappning = sessioner.getStatementMappings() == null ? new HashMap<>()
                : new HashMap<>(sessioner.getStatementMappings());
        ERSATTNINGAR.forEach((motorns, vart) -> mappning.put(motorns, NAMNRYMD + "." + vart));
        sessioner.setStatementMappings(mappning);
    }

    /** Our fragments and, after them, the engine's four statements with the join and the check replaced. */
    static String mapper(String motornsTaskXml, String motornsVariableInstanceXml, String varaFragment, boolean mariadb) {
        return ersattEn(varaFragment, "</mapper>", uppgiftsfragor(motornsTaskXml, mariadb)
                + variabelfragor(motornsVariableInstanceXml) + "</mapper>");
    }

    private static String uppgiftsfragor(String motornsTaskXml, boolean mariadb) {
        String fragor = mellan(motornsTaskXml, "<select id=\"selectTaskByQueryCriteria\"", "<select id=\"selectTaskByNativeQuery\"");
        fragor = ersattEn(fragor, "<select id=\"selectTaskByQueryCriteria\"", "<select id=\"uppgifterEnligtFragan\"");
        fragor = ersattEn(fragor, "<select id=\"selectTaskCountByQueryCriteria\"", "<select id=\"antalUppgifterEnligtFragan\"");
        fragor = ersattEn(fragor, "resultMap=\"taskResultMap\"",
                "resultMap=\"org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.taskResultMap\"");
        fragor = ersattEn(fragor, "<sql id=\"columnSelection\">", "<sql id=\"kolumner\">");
        fragor = ersattEn(fragor, "<include refid=\"columnSelection\"/>", "<include refid=\"kolumner\"/>");
        fragor = ersattEn(fragor, "<sql id=\"selectTaskByQueryCriteriaSql\">", "<sql id=\"villkor\">");
        fragor = fragor.replace("<include refid=\"selectTaskByQueryCriteriaSql\"/>", "<include refid=\"villkor\"/>");
        fragor = ersattEn(fragor, AUTH_JOIN, "<include refid=\"" + NAMNRYMD + ".behorighetsjoin\" />");
        fragor = ersattEn(fragor, AUTH_KONTROLL, "<include refid=\"" + NAMNRYMD + ".behorighetskontroll\" />");
        // a candidate criterion as a subquery: no join that repeats a task once per matching link, so no DISTINCT to
        // sort away; as IN, not EXISTS, so that a small section's list starts from its links, not from every task
        fragor = ersattEn(fragor, IDENTITETSJOIN, "<if test=\"query != null &amp;&amp; query.involvedUser != null\">");
        fragor = ersattEn(fragor, KANDIDAT_START, "and RES.ID_ in (select I.TASK_ID_ from ${prefix}ACT_RU_IDENTITYLINK I"
                + " where I.TYPE_ = 'candidate'");
        fragor = ersattEn(fragor, KANDIDAT_SLUT, KANDIDAT_SLUT.replace("</trim>", ")</trim>"));
        fragor = ersattEn(fragor, "${limitBefore} select ${distinct}", "<include refid=\"" + NAMNRYMD + ".kanGeDubbletter\" />"
                + (mariadb ? MARIADB_PLAN : "") + "${limitBefore} select <if test=\"kanGeDubbletter\">${distinct}</if>");
        return mariadb ? ersattEn(fragor, "${countDistinctBeforeStart}", MARIADB_PLAN + "${countDistinctBeforeStart}") : fragor;
    }

    private static String variabelfragor(String motornsVariableInstanceXml) {
        String fragor = mellan(motornsVariableInstanceXml, "<select id=\"selectVariableInstanceByQueryCriteria\"",
                "<!-- BYTE ARRAY INSERT -->");
        fragor = ersattEn(fragor, "<select id=\"selectVariableInstanceByQueryCriteria\"", "<select id=\"variablerEnligtFragan\"");
        fragor = ersattEn(fragor, "<select id=\"selectVariableInstanceCountByQueryCriteria\"",
                "<select id=\"antalVariablerEnligtFragan\"");
        fragor = ersattEn(fragor, "resultMap=\"variableInstanceResultMap\"",
                "resultMap=\"org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity.variableInstanceResultMap\"");
        fragor = ersattEn(fragor, "<sql id=\"actInstIdColumn\">", "<sql id=\"aktivitetsinstans\">");
        fragor = fragor.replace("<include refid=\"actInstIdColumn\"/>", "<include refid=\"aktivitetsinstans\"/>");
        fragor = ersattEn(fragor, "<sql id=\"selectVariableInstanceByQueryCriteriaSql\">", "<sql id=\"variabelvillkor\">");
        fragor = fragor.replace("<include refid=\"selectVariableInstanceByQueryCriteriaSql\"/>",
                "<include refid=\"variabelvillkor\"/>");
        fragor = ersattEn(fragor, VARIABLERNAS_AUTH_JOIN, "<include refid=\"" + NAMNRYMD + ".variablernasBehorighetsjoin\" />");
        return ersattEn(fragor, AUTH_KONTROLL, "<include refid=\"" + NAMNRYMD + ".variablernasBehorighetskontroll\" />");
    }

    private static String mellan(String text, String fran, String till) {
        int start = text.indexOf(fran);
        int slut = text.indexOf(till);
        if (start < 0 || slut < start) {
            throw new IllegalStateException("Motorns fråga ser inte ut som i Camunda 7.24.0: " + fran + " … " + till);
        }
        return text.substring(start, slut);
    }

    /** Replaces the one occurrence, whitespace aside; the engine's text must be as in 7.24.0. */
    private static String ersattEn(String text, String gammal, String ny) {
        Pattern monster = Pattern.compile(Arrays.stream(gammal.strip().split("\\s+")).map(Pattern::quote)
                .collect(Collectors.joining("\\s+")));
        Matcher traff = monster.matcher(text);
        if (!traff.find()) {
            throw new IllegalStateException("Motorns fråga ser inte ut som i Camunda 7.24.0: saknar "
                    + gammal.strip().lines().findFirst().orElse(gammal));
        }
        int start = traff.start();
        int slut = traff.end();
        if (traff.find()) {
            throw new IllegalStateException("Motorns fråga ser inte ut som i Camunda 7.24.0: har flera "
                    + gammal.strip().lines().findFirst().orElse(gammal));
        }
        return text.substring(0, start) + ny + text.substring(slut);
    }

    static String las(String resurs) {
        try (InputStream in = UppgiftsfraganMedExists.class.getClassLoader().getResourceAsStream(resurs)) {
            if (in == null) {
                throw new IllegalStateException(resurs + " saknas på klassvägen");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
