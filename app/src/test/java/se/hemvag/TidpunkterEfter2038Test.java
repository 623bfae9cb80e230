package se.hemvag;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case lives for decades: no column of the domain tables ends in 2038 (MariaDB's TIMESTAMP does),
 * and a point in time after it is stored and read back as it was, on H2 and on MariaDB.
 */
@HemvagSpringTest
class TidpunkterEfter2038Test {

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    @Test
    void ingenKolumnSlutarAr2038() throws Exception {
        List<String> timestamp = new ArrayList<>();
        try (Connection anslutning = dataSource.getConnection();
             ResultSet kolumner = anslutning.getMetaData().getColumns(anslutning.getCatalog(), anslutning.getSchema(), "%", "%")) {
            while (kolumner.next()) {
                String tabell = kolumner.getString("TABLE_NAME").toLowerCase();
                boolean domanens = !tabell.startsWith("act_") && !tabell.startsWith("flyway");
                if (domanens && "TIMESTAMP".equalsIgnoreCase(kolumner.getString("TYPE_NAME"))
                        && anslutning.getMetaData().getDatabaseProductName().toLowerCase().contains("maria")) {
                    timestamp.add(tabell + "." + kolumner.getString("COLUMN_NAME"));
                }
            }
        }
        assertThat(timestamp).as("MariaDB TIMESTAMP columns end on 2038-01-19").isEmpty();

        LocalDateTime sent = LocalDateTime.of(2061, 3, 14, 9, 30, 15);
        jdbc.update("insert into atkomstlogg (tidpunkt, anvandare, atgard, vad, status) values (?, 'tid-2038', 'LASNING',"
                + " 'GET /api/prov-2038', 200)", Timestamp.valueOf(sent));
        assertThat(jdbc.queryForObject("select tidpunkt from atkomstlogg where anvandare = 'tid-2038'", Timestamp.class)
                .toLocalDateTime()).isEqualTo(sent);
    }
}
