package se.hemvag.rapport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.prestanda.EgenDatabas;
import se.hemvag.sektion.Sektion;

/**
 * Benchmark, not a test: how long the unit's report takes at 100,000 closed and 20,000 open
 * cases on MariaDB. Creates the database hemvag_benchmark on the local MariaDB (root without a
 * password), starts the app on it, loads synthetic cases over five years and times the yearly
 * report and the monthly trend. See BENCHMARKS.md for the command and the figures.
 *
 * <p>Arguments (all optional): closed cases, open cases, timed runs. System property
 * {@code hemvag.mariadb.server} picks another server than 127.0.0.1:3306.
 */
public final class IndikatorBenchmark {

    private static final String DATABAS = "hemvag_benchmark";

    private IndikatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int avslutade = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int aktiva = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int varv = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        ConfigurableApplicationContext app = EgenDatabas.ny(DATABAS)
                .startaAppen(List.of(SyntetiskaArenden.PROFIL), "--camunda.bpm.job-execution.enabled=false");
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Indikatorer indikatorer = app.getBean(Indikatorer.class);
            LocalDate idag = LocalDate.now();

            long start = System.nanoTime();
            SyntetiskaArenden.Skapat skapat = app.getBean(SyntetiskaArenden.class)
                    .skapa(new SyntetiskaArenden.Omfattning(avslutade, aktiva, idag.minusYears(5), idag, 42L));
            double laddning = (System.nanoTime() - start) / 1e9;
            jdbc.execute("analyze table klient, arende, rapport_avslut, insats, sip, forsokslagenhet");
            System.out.printf("%nLaddat på %.1f s: %d klienter, %d avslutade och %d pågående ärenden, %d insatser, %d SIP,"
                            + " %d försökslägenheter%n", laddning, skapat.klienter(), skapat.avslutade(), skapat.aktiva(),
                    skapat.insatser(), skapat.sipar(), skapat.forsokslagenheter());

            LocalDate fran = LocalDate.of(idag.getYear() - 1, 1, 1);
            LocalDate till = LocalDate.of(idag.getYear() - 1, 12, 31);
            Integer avslutadeAret = jdbc.queryForObject("select count(*) from rapport_avslut where avslutsdatum between ? and ?",
                    Integer.class, fran, till);
            System.out.printf("År %d: %d avslutade ärenden i rapporttabellen. %d körningar var, efter %d uppvärmningar av alla.%n%n",
                    fran.getYear(), avslutadeAret, varv, Math.max(1, varv / 3));
            Map<String, Supplier<Indikatorer.Rapport>> rapporter = new LinkedHashMap<>();
            rapporter.put("Årsrapport, hela enheten (alla indikatorer)", () -> indikatorer.rapport(fran, till, Indelning.AR, null));
            rapporter.put("Månadstrend, hela enheten (12 månader)", () -> indikatorer.rapport(fran, till, Indelning.MANAD, null));
            rapporter.put("Tertialrapport, hela enheten", () -> indikatorer.rapport(fran, till, Indelning.TERTIAL, null));
            rapporter.put("Årsrapport, Vuxensektionen", () -> indikatorer.rapport(fran, till, Indelning.AR, Sektion.VUXEN));
            rapporter.put("Månadstrend, tre år", () -> indikatorer.rapport(fran.minusYears(2), till, Indelning.MANAD, null));
            // warm up the JIT and the database's buffers with every report before any is timed
            for (int i = 0; i < Math.max(1, varv / 3); i++) {
                rapporter.values().forEach(Supplier::get);
            }
            System.out.printf("%-44s %9s %9s %9s%n", "", "median", "p90", "max");
            rapporter.forEach((namn, rapport) -> mat(namn, varv, rapport));
        } finally {
            app.close();
        }
    }

    /** Times the call, in milliseconds. */
    private static void mat(String namn, int varv, Supplier<Indikatorer.Rapport> rapport) {
        List<Double> tider = new ArrayList<>();
        for (int i = 0; i < varv; i++) {
            long start = System.nanoTime();
            Indikatorer.Rapport svar = rapport.get();
            tider.add((System.nanoTime() - start) / 1e6);
            if (svar.indikatorer().stream().allMatch(indikator -> indikator.rader().isEmpty())) {
                throw new IllegalStateException(namn + ": rapporten är tom");
            }
        }
        Collections.sort(tider);
        System.out.printf("%-44s %6.1f ms %6.1f ms %6.1f ms%n", namn, tider.get(tider.size() / 2),
                tider.get((int) Math.ceil(tider.size() * 0.9) - 1), tider.get(tider.size() - 1));
    }
}
