package se.hemvag;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.Arrays;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every value of every enum the entities store as text fits its column, on H2 and on MariaDB:
 * a Flyway column that is too short fails only when someone picks the longest choice in a form.
 */
@HemvagSpringTest
class EnumKolumnerTest {

    @Autowired EntityManagerFactory jpa;
    @Autowired DataSource dataSource;

    @Test
    void varjeEnumvardePassarISinKolumn() throws Exception {
        int provade = 0;
        try (Connection anslutning = dataSource.getConnection()) {
            DatabaseMetaData metadata = anslutning.getMetaData();
            for (EntityType<?> entitet : jpa.getMetamodel().getEntities()) {
                for (Attribute<?, ?> attribut : entitet.getAttributes()) {
                    if (!attribut.getJavaType().isEnum()) {
                        continue;
                    }
                    int langst = Arrays.stream(attribut.getJavaType().getEnumConstants())
                            .mapToInt(v -> ((Enum<?>) v).name().length()).max().orElse(0);
                    int kolumn = kolumnbredd(metadata, anslutning, tabell(entitet), snake(attribut.getName()));
                    assertThat(langst).as(entitet.getName() + "." + attribut.getName()).isLessThanOrEqualTo(kolumn);
                    provade++;
                }
            }
        }
        assertThat(provade).isGreaterThan(10);
    }

    private static int kolumnbredd(DatabaseMetaData metadata, Connection anslutning, String tabell, String kolumn)
            throws Exception {
        for (String[] namn : new String[][] {{tabell, kolumn}, {tabell.toUpperCase(), kolumn.toUpperCase()}}) {
            try (ResultSet rs = metadata.getColumns(anslutning.getCatalog(), anslutning.getSchema(), namn[0], namn[1])) {
                if (rs.next()) {
                    return rs.getInt("COLUMN_SIZE");
                }
            }
        }
        throw new AssertionError("Kolumnen " + tabell + "." + kolumn + " finns inte");
    }

    private static String tabell(EntityType<?> entitet) {
        Table tabell = entitet.getJavaType().getAnnotation(Table.class);
        return tabell != null && !tabell.name().isEmpty() ? tabell.name() : snake(entitet.getName());
    }

    private static String snake(String namn) {
        return namn.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
