package se.hemvag;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database of the integration tests. With -Dhemvag.testdatabas=mariadb the tests run
 * in the "mariadb" profile against a database created here on the local MariaDB
 * (127.0.0.1:3306, root without password, as on the developers' and CI's machines), with a
 * user of its own. In CI (CI=true) a MariaDB that cannot be reached fails the tests; elsewhere
 * they are skipped with the reason.
 */
public class Testdatabas implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String SERVER = System.getProperty("hemvag.mariadb.server", "127.0.0.1:3306");
    static final String DATABAS = "hemvag_test_" + ProcessHandle.current().pid();
    static final String ANVANDARE = "hemvag_test";
    static final String LOSENORD = "hemvag-test-losen";

    static boolean mariadb() {
        return "mariadb".equals(System.getProperty("hemvag.testdatabas"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!mariadb()) {
            return;
        }
        skapaDatabas();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("hemvag-testdatabas", Map.of(
                "spring.datasource.url", "jdbc:mariadb://" + SERVER + "/" + DATABAS,
                "spring.datasource.username", ANVANDARE,
                "spring.datasource.password", LOSENORD)));
    }

    private static synchronized void skapaDatabas() {
        try (Connection root = DriverManager.getConnection("jdbc:mariadb://" + SERVER + "/", "root", "");
             Statement sql = root.createStatement()) {
            List<String> gamla = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery("SHOW DATABASES LIKE 'hemvag\\_test\\_%'")) {
                while (rs.next()) {
                    gamla.add(rs.getString(1));
                }
            }
            for (String gammal : gamla) {
                if (!gammal.equals(DATABAS)) {
                    sql.execute("DROP DATABASE `" + gammal + "`");
                }
            }
            sql.execute("CREATE DATABASE IF NOT EXISTS `" + DATABAS + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            sql.execute("CREATE USER IF NOT EXISTS '" + ANVANDARE + "'@'%' IDENTIFIED BY '" + LOSENORD + "'");
            sql.execute("CREATE USER IF NOT EXISTS '" + ANVANDARE + "'@'localhost' IDENTIFIED BY '" + LOSENORD + "'");
            sql.execute("GRANT ALL PRIVILEGES ON `" + DATABAS + "`.* TO '" + ANVANDARE + "'@'%'");
            sql.execute("GRANT ALL PRIVILEGES ON `" + DATABAS + "`.* TO '" + ANVANDARE + "'@'localhost'");
        } catch (SQLException e) {
            throw new IllegalStateException("Kunde inte skapa testdatabasen " + DATABAS + " på MariaDB " + SERVER, e);
        }
    }

    static boolean mariaDbSvarar() {
        try (Connection root = DriverManager.getConnection("jdbc:mariadb://" + SERVER + "/", "root", "")) {
            return root.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Test profiles: demo users always; "mariadb" when the tests run against MariaDB. */
    public static class Profiler implements ActiveProfilesResolver {
        @Override
        public String[] resolve(Class<?> testClass) {
            return mariadb() ? new String[] {"test", "demo", "mariadb"} : new String[] {"test", "demo"};
        }
    }

    /** Skips the MariaDB run where no MariaDB answers, except in CI, where that is a failure. */
    public static class KravPaMariaDb implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!mariadb() || mariaDbSvarar()) {
                return ConditionEvaluationResult.enabled("databasen finns");
            }
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true men MariaDB svarar inte på " + SERVER
                        + ". Starta den: start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd");
            }
            return ConditionEvaluationResult.disabled("MariaDB svarar inte på " + SERVER + "; MariaDB-körningen hoppas över");
        }
    }
}
