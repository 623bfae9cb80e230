package se.hemvag.prestanda;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.hemvag.HemvagApplication;

/**
 * A database of its own on the local MariaDB (root without a password, or the server in
 * {@code -Dhemvag.mariadb.server=host:port}) for a benchmark or harness, made afresh at each run and
 * left afterwards for a look at the data and the query plans.
 */
public record EgenDatabas(String server, String namn) {

    public static final String ANVANDARE = "hemvag_benchmark";
    public static final String LOSENORD = "hemvag-benchmark-losen";

    /** Drops the database if it is there and creates it empty, with the benchmark user's rights on it. */
    public static EgenDatabas ny(String namn) {
        EgenDatabas databas = new EgenDatabas(System.getProperty("hemvag.mariadb.server", "127.0.0.1:3306"), namn);
        try (Connection root = DriverManager.getConnection("jdbc:mariadb://" + databas.server + "/", "root", "");
             Statement sql = root.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS `" + namn + "`");
            sql.execute("CREATE DATABASE `" + namn + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String vard : List.of("%", "localhost")) {
                sql.execute("CREATE USER IF NOT EXISTS '" + ANVANDARE + "'@'" + vard + "' IDENTIFIED BY '" + LOSENORD + "'");
                sql.execute("GRANT ALL PRIVILEGES ON `" + namn + "`.* TO '" + ANVANDARE + "'@'" + vard + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Kunde inte skapa databasen " + namn + " på MariaDB " + databas.server
                    + ". Starta MariaDB: start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd", e);
        }
        return databas;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://" + server + "/" + namn;
    }

    /** Queries on the database as root, from outside the app (a harness checking what the app left). */
    public NamedParameterJdbcTemplate somRoot() {
        return new NamedParameterJdbcTemplate(new DriverManagerDataSource(jdbcUrl(), "root", ""));
    }

    /** The app's command-line arguments for this database (before the mariadb profile's own settings). */
    public List<String> appArgument() {
        return List.of("--spring.datasource.url=" + jdbcUrl(),
                "--spring.datasource.username=" + ANVANDARE,
                "--spring.datasource.password=" + LOSENORD,
                "--camunda.bpm.admin-user.id=benchmark",
                "--camunda.bpm.admin-user.password=" + LOSENORD);
    }

    /** Hemväg in this JVM on this database, in the mariadb profile and the given others, on a free port. */
    public ConfigurableApplicationContext startaAppen(List<String> profiler, String... merArgument) {
        List<String> argument = new ArrayList<>(appArgument());
        argument.add("--server.port=0");
        argument.addAll(List.of(merArgument));
        List<String> allaProfiler = new ArrayList<>(List.of("mariadb"));
        allaProfiler.addAll(profiler);
        return new SpringApplicationBuilder(HemvagApplication.class)
                .profiles(allaProfiler.toArray(String[]::new))
                .run(argument.toArray(String[]::new));
    }
}
