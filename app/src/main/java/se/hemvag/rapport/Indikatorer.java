package se.hemvag.rapport;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Service;
import se.hemvag.sektion.Sektion;

/**
 * The unit's indicators, counted from the reporting table rapport_avslut and the domain tables the
 * process steps write (never from the engine's history), women and men apart and in total. Each
 * group of indicators has its own class and queries ({@link Indikatorgrupp}); this one runs them.
 * Each indicator's definition is in INDIKATORER.md; the short Swedish one travels with the figures.
 */
@Service
public class Indikatorer {

    /** A return is a new application within this many days of a closure. */
    static final int ATERKOMST_INOM_DAGAR = 365;
    /** The group of a per-section indicator that adds up every section. */
    static final String HELA_ENHETEN = "hela-enheten";

    private final Clock clock;
    /** The groups in the report's order. */
    private final List<Indikatorgrupp> grupper;
    private final Indikatorgrupp langsammast;
    /**
     * A report's parts run side by side, each on a connection of its own: as many at once as the
     * machine has cores (two to four), since the database works on the same cores (BENCHMARKS.md).
     */
    private final ExecutorService delar = Executors.newFixedThreadPool(
            Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())), uppgift -> {
        Thread trad = new Thread(uppgift, "indikatorer");
        trad.setDaemon(true);
        return trad;
    });

    Indikatorer(Clock clock, AvslutIndikatorer avslut, JobbtorgIndikatorer jobbtorg, FlodeIndikatorer flode,
                SipIndikatorer sip, ForsokslagenhetIndikatorer forsokslagenheter, PlaceringIndikatorer placeringar,
                StickprovIndikatorer stickprov) {
        this.clock = clock;
        this.grupper = List.of(avslut, jobbtorg, flode, sip, forsokslagenheter, placeringar, stickprov);
        this.langsammast = placeringar;
    }

    public record Rapport(LocalDate fran, LocalDate till, Indelning indelning, String sektion, LocalDate idag,
                          List<Indikator> indikatorer) {
    }

    /** Every indicator for the periods from fran to till; with a section, that section's cases only. */
    public Rapport rapport(LocalDate fran, LocalDate till, Indelning indelning, Sektion sektion) {
        Urval urval = new Urval(fran, till, indelning.perioder(fran, till), sektion == null ? null : sektion.gruppId(),
                LocalDate.now(clock));
        // the placements take longest: started first
        CompletableFuture<List<Indikator>> forst = CompletableFuture.supplyAsync(() -> langsammast.rakna(urval), delar);
        List<CompletableFuture<List<Indikator>>> iOrdning = grupper.stream()
                .map(grupp -> grupp == langsammast ? forst : CompletableFuture.supplyAsync(() -> grupp.rakna(urval), delar))
                .toList();
        List<Indikator> indikatorer = new ArrayList<>();
        for (CompletableFuture<List<Indikator>> del : iOrdning) {
            try {
                indikatorer.addAll(del.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException fel ? fel : e;
            }
        }
        return new Rapport(fran, till, indelning, urval.sektion(), urval.idag(), indikatorer);
    }

    @PreDestroy
    void stang() {
        delar.shutdownNow();
    }
}
