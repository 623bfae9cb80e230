package se.hemvag.drift;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.impl.metrics.reporter.DbMetricsReporter;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arendeflode;
import se.hemvag.arende.Arenden;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sektion.Sektion;

/**
 * The figures operations watch in Prometheus (/actuator/prometheus). The engine: jobs due and waiting,
 * jobs out of retries, incidents, whether the job executor runs and what it has done since the node
 * started. The cases: open cases, open and overdue tasks per section, and cases applied for and closed
 * this month. Counts only, never a client. Read from the database at most every
 * {@link #HOGST_SA_GAMMALT}, however often Prometheus asks.
 */
@Component
class Driftmatt implements MeterBinder {

    static final Duration HOGST_SA_GAMMALT = Duration.ofSeconds(15);
    /** The engine's own counts of the job executor's work, under the names they get here. */
    static final Map<String, String> JOBBEXEKUTORNS_ARBETE = Map.of(
            Metrics.JOB_SUCCESSFUL, "camunda.jobb.utforda",
            Metrics.JOB_FAILED, "camunda.jobb.misslyckade.forsok",
            Metrics.JOB_ACQUIRED_SUCCESS, "camunda.jobb.hamtade",
            Metrics.JOB_EXECUTION_REJECTED, "camunda.jobb.avvisade");

    private final ProcessEngineConfigurationImpl motor;
    private final Arenden arenden;
    private final InloggadAnvandare inloggad;
    private final Clock clock;
    private final Date startad = new Date();
    /** A counter never goes back, also not while the engine moves its counts from memory to the database. */
    private final Map<String, Long> hogstaRaknat = new ConcurrentHashMap<>();
    private Lage lage;
    private Instant last = Instant.MIN;

    Driftmatt(ProcessEngineConfigurationImpl motor, Arenden arenden, InloggadAnvandare inloggad, Clock clock) {
        this.motor = motor;
        this.arenden = arenden;
        this.inloggad = inloggad;
        this.clock = clock;
    }

    record Lage(long jobbForfallna, long jobbUtanForsok, long incidenter, Arendeflode arenden,
                Map<String, Long> oppnaUppgifter, Map<String, Long> forsenadeUppgifter, Map<String, Long> rapporteratArbete) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        matare(registry, "camunda.jobb.forfallna", "Jobb som är förfallna och väntar på en jobbexekutor", l -> l.jobbForfallna());
        matare(registry, "camunda.jobb.utan.forsok", "Jobb som misslyckats så många gånger att de blivit incidenter",
                l -> l.jobbUtanForsok());
        matare(registry, "camunda.incidenter", "Öppna incidenter (syns i Cockpit)", l -> l.incidenter());
        Gauge.builder("camunda.jobbexekutor.aktiv", this, m -> m.jobbexekutornKor() ? 1 : 0)
                .description("1 när nodens jobbexekutor kör").register(registry);
        JOBBEXEKUTORNS_ARBETE.forEach((motorns, namn) -> FunctionCounter.builder(namn, this, m -> m.sedanStarten(motorns))
                .description("Motorns räkning " + motorns + " på den här noden sedan den startade").register(registry));

        List<String> sektioner = new ArrayList<>(Sektion.values().length + 1);
        for (Sektion sektion : Sektion.values()) {
            sektioner.add(sektion.gruppId());
        }
        for (String sektion : sektioner) {
            sektionsmatare(registry, "hemvag.uppgifter.oppna", "Öppna uppgifter i sektionens lista", sektion,
                    l -> l.oppnaUppgifter().getOrDefault(sektion, 0L));
            sektionsmatare(registry, "hemvag.uppgifter.forsenade", "Öppna uppgifter vars förfallodatum har passerat", sektion,
                    l -> l.forsenadeUppgifter().getOrDefault(sektion, 0L));
            sektionsmatare(registry, "hemvag.arenden.ansokta.manaden", "Ärenden ansökta den här månaden", sektion,
                    l -> l.arenden().ansokta().getOrDefault(sektion, 0L));
            sektionsmatare(registry, "hemvag.arenden.avslutade.manaden", "Ärenden avslutade den här månaden", sektion,
                    l -> l.arenden().avslutade().getOrDefault(sektion, 0L));
        }
        sektioner.add(Arendeflode.UTAN_SEKTION);
        for (String sektion : sektioner) {
            sektionsmatare(registry, "hemvag.arenden.oppna", "Öppna ärenden per ansvarig sektion (ingen: i tillhörighetsutredning)",
                    sektion, l -> l.arenden().oppna().getOrDefault(sektion, 0L));
        }
    }

    private void matare(MeterRegistry registry, String namn, String beskrivning, ToDoubleFunction<Lage> varde) {
        Gauge.builder(namn, this, m -> varde.applyAsDouble(m.lage())).description(beskrivning).register(registry);
    }

    private void sektionsmatare(MeterRegistry registry, String namn, String beskrivning, String sektion,
            ToDoubleFunction<Lage> varde) {
        Gauge.builder(namn, this, m -> varde.applyAsDouble(m.lage())).description(beskrivning).tag("sektion", sektion)
                .register(registry);
    }

    /** The next figure is read from the database, however recent the last (a test that has just made a case). */
    synchronized void lasOmNasta() {
        lage = null;
    }

    synchronized Lage lage() {
        Instant nu = clock.instant();
        if (lage == null || Duration.between(last, nu).compareTo(HOGST_SA_GAMMALT) > 0) {
            lage = inloggad.somSystem(() -> las(nu));
            last = nu;
        }
        return lage;
    }

    private Lage las(Instant nu) {
        var jobb = motor.getManagementService();
        var uppgifter = motor.getTaskService();
        Map<String, Long> oppna = new HashMap<>();
        Map<String, Long> forsenade = new HashMap<>();
        for (Sektion sektion : Sektion.values()) {
            oppna.put(sektion.gruppId(), uppgifter.createTaskQuery().taskCandidateGroup(sektion.gruppId()).includeAssignedTasks()
                    .count());
            forsenade.put(sektion.gruppId(), uppgifter.createTaskQuery().taskCandidateGroup(sektion.gruppId())
                    .includeAssignedTasks().dueBefore(Date.from(nu)).count());
        }
        Map<String, Long> rapporterat = new HashMap<>();
        DbMetricsReporter rapportor = motor.getDbMetricsReporter();
        for (String motorns : JOBBEXEKUTORNS_ARBETE.keySet()) {
            rapporterat.put(motorns, rapportor == null || !motor.isDbMetricsReporterActivate() ? 0 : jobb.createMetricsQuery()
                    .name(motorns).reporter(rapportor.getMetricsCollectionTask().getReporter()).startDate(startad).sum());
        }
        return new Lage(jobb.createJobQuery().executable().count(), jobb.createJobQuery().noRetriesLeft().count(),
                motor.getRuntimeService().createIncidentQuery().count(),
                arenden.flodePerSektion(LocalDate.now(clock).withDayOfMonth(1)), oppna, forsenade, rapporterat);
    }

    boolean jobbexekutornKor() {
        JobExecutor jobbexekutor = motor.getJobExecutor();
        return jobbexekutor != null && jobbexekutor.isActive();
    }

    /**
     * What the engine has counted on this node since it started: reported to the database (read with
     * the other figures) and not yet (in memory, read now).
     */
    double sedanStarten(String motorns) {
        Meter iMinnet = motor.getMetricsRegistry() == null ? null : motor.getMetricsRegistry().getDbMeters().get(motorns);
        long summa = lage().rapporteratArbete().get(motorns) + (iMinnet == null ? 0 : iMinnet.get());
        return hogstaRaknat.merge(motorns, summa, Math::max);
    }
}
