package se.hemvag.uppfoljning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The unit's indicators, counted from the reporting tables, women and men apart and in total. */
@Service
public class Indikatorer {

    private final JdbcTemplate jdbc;
    private final BigDecimal malStadigvarandeBoende;

    Indikatorer(JdbcTemplate jdbc, @Value("${hemvag.mal.stadigvarande-boende:0.40}") BigDecimal malStadigvarandeBoende) {
        this.jdbc = jdbc;
        this.malStadigvarandeBoende = malStadigvarandeBoende;
    }

    /** How many of a group's closed cases met the indicator, and the share. */
    public record Andel(long antal, long av, BigDecimal andel) {
        static Andel av(long antal, long av) {
            return new Andel(antal, av, av == 0 ? null : BigDecimal.valueOf(antal).divide(BigDecimal.valueOf(av), 3, RoundingMode.HALF_UP));
        }
    }

    public record Utfall(String indikator, LocalDate fran, LocalDate till, Andel kvinnor, Andel man, Andel totalt, BigDecimal mal) {
    }

    /** Share of the cases closed from fran to till (inclusive) that closed with stable housing. */
    @Transactional(readOnly = true)
    public Utfall stadigvarandeBoende(LocalDate fran, LocalDate till) {
        Map<String, long[]> perKon = new LinkedHashMap<>();
        jdbc.query("""
                select kon, count(*), sum(case when stadigvarande then 1 else 0 end)
                from rapport_avslut where avslutsdatum between ? and ? group by kon""",
                rs -> {
                    perKon.put(rs.getString(1), new long[] {rs.getLong(3), rs.getLong(2)});
                }, Date.valueOf(fran), Date.valueOf(till));
        long[] kvinnor = perKon.getOrDefault("KVINNA", new long[2]);
        long[] man = perKon.getOrDefault("MAN", new long[2]);
        long antal = perKon.values().stream().mapToLong(v -> v[0]).sum();
        long av = perKon.values().stream().mapToLong(v -> v[1]).sum();
        return new Utfall("stadigvarande-boende", fran, till, Andel.av(kvinnor[0], kvinnor[1]), Andel.av(man[0], man[1]),
                Andel.av(antal, av), malStadigvarandeBoende);
    }
}
