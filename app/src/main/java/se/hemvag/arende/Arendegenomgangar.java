package se.hemvag.arende;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.delat.KonfliktException;
import se.hemvag.delat.OgiltigBegaranException;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sektion.Grupper;
import se.hemvag.sektion.Sektion;

/**
 * Ärendegenomgång: the section's gruppledare or biträdande enhetschef goes through the open cases
 * with each caseworker, at least every {@code hemvag.arendegenomgang.intervall} (three months).
 * The list shows which cases are due; a review is recorded on the case.
 */
@Service
public class Arendegenomgangar {

    private static final int MAX_ANTECKNING = 4000;

    private final ArendeRepository arenden;
    private final Arenden arendetjanst;
    private final ArendegenomgangRepository genomgangar;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final InloggadAnvandare inloggad;
    private final Clock clock;
    private final Period intervall;

    Arendegenomgangar(ArendeRepository arenden, Arenden arendetjanst, ArendegenomgangRepository genomgangar,
                              TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
                              InloggadAnvandare inloggad, Clock clock, @Value("${hemvag.arendegenomgang.intervall:P3M}") Period intervall) {
        this.arenden = arenden;
        this.arendetjanst = arendetjanst;
        this.genomgangar = genomgangar;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.inloggad = inloggad;
        this.clock = clock;
        this.intervall = intervall;
    }

    public record Genomgangslista(String sektion, String sektionsnamn, LocalDate idag, String intervall,
                                  List<ArendeAttGaIgenom> arenden) {
    }

    public record ArendeAttGaIgenom(String arendenummer, String klient, String status, LocalDate ansokningsdatum,
                                    LocalDate senastKontakt, List<String> handlaggare, List<UppgiftVy> oppnaUppgifter,
                                    LocalDate senastGenomgang, String senastGenomgangMed, LocalDate nastaGenomgangSenast,
                                    boolean forsenad) {
    }

    public record UppgiftVy(String namn, String handlaggare, LocalDate forfaller) {
    }

    /**
     * The section's open cases, the one most overdue for review first; with {@code handlaggare},
     * only the cases that caseworker has open tasks in or was last reviewed with.
     */
    @Transactional(readOnly = true)
    public Genomgangslista lista(String gruppId, String handlaggare) {
        Sektion sektion = sektion(gruppId);
        inloggad.krav("Ärendegenomgången för " + sektion.namn()
                    + " är för sektionens gruppledare och biträdande enhetschef.", sektion.ledningsgruppId(), Grupper.LEDNING);
        LocalDate idag = LocalDate.now(clock);
        List<Arende> oppna = arenden.findByAnsvarigSektionAndStatusInOrderByAnsokningsdatumAscIdAsc(sektion.gruppId(),
                ArendeStatus.oppna());
        Map<Long, Arendegenomgang> senaste = genomgangar.findByArendeIdInOrderByDatumDescIdDesc(
                        oppna.stream().map(Arende::getId).toList()).stream()
                .collect(Collectors.toMap(Arendegenomgang::getArendeId, Function.identity(), (nyast, aldre) -> nyast));
        Map<String, List<UppgiftVy>> uppgifter = oppnaUppgifter(sektion, oppna);

        List<ArendeAttGaIgenom> lista = oppna.stream().map(arende -> {
            Arendegenomgang senast = senaste.get(arende.getId());
            List<UppgiftVy> arendetsUppgifter = uppgifter.getOrDefault(arende.getArendenummer(), List.of());
            LocalDate nasta = (senast != null ? senast.getDatum() : arende.getAnsokningsdatum()).plus(intervall);
            return new ArendeAttGaIgenom(arende.getArendenummer(),
                    arende.getKlient().getFornamn() + " " + arende.getKlient().getEfternamn(), arende.getStatus().name(),
                    arende.getAnsokningsdatum(), arende.getSenastKontakt(),
                    arendetsUppgifter.stream().map(UppgiftVy::handlaggare).filter(Objects::nonNull).distinct().sorted().toList(),
                    arendetsUppgifter, senast == null ? null : senast.getDatum(),
                    senast == null ? null : senast.getHandlaggare(), nasta, nasta.isBefore(idag));
        }).filter(rad -> handlaggare == null || rad.handlaggare().contains(handlaggare)
                        || handlaggare.equals(rad.senastGenomgangMed()))
                .sorted(Comparator.comparing(ArendeAttGaIgenom::nastaGenomgangSenast))
                .toList();
        return new Genomgangslista(sektion.gruppId(), sektion.namn(), idag, intervall.toString(), lista);
    }

    public record NyGenomgang(LocalDate datum, String handlaggare, String anteckning) {
    }

    public record GenomgangVy(Long id, String arendenummer, LocalDate datum, String handlaggare, String anteckning,
                              String genomfordAv, LocalDate nastaGenomgangSenast) {
    }

    /** Records a review of the case; only the responsible section's gruppledare or biträdande enhetschef may. */
    @Transactional
    public GenomgangVy registrera(String arendenummer, NyGenomgang ny) {
        Arende arende = arendetjanst.hamtaForAnsvarigSektionsLedning(arendenummer, "Bara gruppledare och biträdande "
                + "enhetschef i den ansvariga sektionen kan registrera en ärendegenomgång i ärende " + arendenummer + ".");
        Sektion sektion = Sektion.medGruppId(arende.getAnsvarigSektion()).orElseThrow();
        if (arende.getStatus().isAvslutad()) {
            throw new KonfliktException("Ärende " + arendenummer + " är avslutat; ärendegenomgångar gäller öppna ärenden.");
        }
        LocalDate idag = LocalDate.now(clock);
        LocalDate datum = ny.datum() == null ? idag : ny.datum();
        if (datum.isAfter(idag)) {
            throw new OgiltigBegaranException("Datumet för ärendegenomgången kan inte ligga i framtiden.");
        }
        if (datum.isBefore(arende.getAnsokningsdatum())) {
            throw new OgiltigBegaranException("Datumet för ärendegenomgången kan inte ligga före ansökan ("
                    + arende.getAnsokningsdatum() + ").");
        }
        String handlaggare = ny.handlaggare() == null ? "" : ny.handlaggare().strip();
        boolean iSektionen = !handlaggare.isEmpty() && inloggad.somSystem(() -> identityService.createUserQuery()
                .userId(handlaggare).memberOfGroup(sektion.gruppId()).count() > 0);
        if (!iSektionen) {
            throw new OgiltigBegaranException("Ange handläggaren som ärendet gicks igenom med: en användare i "
                    + sektion.namn() + ".");
        }
        String anteckning = ny.anteckning() == null ? "" : ny.anteckning().strip();
        if (anteckning.isEmpty() || anteckning.length() > MAX_ANTECKNING) {
            throw new OgiltigBegaranException("Skriv vad genomgången kom fram till (högst " + MAX_ANTECKNING + " tecken).");
        }
        Arendegenomgang genomgang = genomgangar.save(new Arendegenomgang(arende.getId(), sektion.gruppId(), datum,
                handlaggare, anteckning, inloggad.id()));
        return new GenomgangVy(genomgang.getId(), arendenummer, datum, handlaggare, anteckning, genomgang.getGenomfordAv(),
                datum.plus(intervall));
    }

    private Map<String, List<UppgiftVy>> oppnaUppgifter(Sektion sektion, List<Arende> oppna) {
        if (oppna.isEmpty()) {
            return Map.of();
        }
        String[] nummer = oppna.stream().map(Arende::getArendenummer).toArray(String[]::new);
        // the app checked above that the user leads the section; the engine would show only their own candidates
        List<Task> lista = inloggad.somSystem(() -> taskService.createTaskQuery().processInstanceBusinessKeyIn(nummer)
                .taskCandidateGroup(sektion.gruppId()).includeAssignedTasks().orderByTaskCreateTime().asc().list());
        if (lista.isEmpty()) {
            return Map.of();
        }
        Set<String> instanser = lista.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> arendeForInstans = inloggad.somSystem(() -> runtimeService.createProcessInstanceQuery()
                .processInstanceIds(instanser).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey)));
        Map<String, List<UppgiftVy>> perArende = new LinkedHashMap<>();
        for (Task uppgift : lista) {
            perArende.computeIfAbsent(arendeForInstans.get(uppgift.getProcessInstanceId()), n -> new ArrayList<>())
                    .add(new UppgiftVy(uppgift.getName(), uppgift.getAssignee(), uppgift.getDueDate() == null ? null
                            : uppgift.getDueDate().toInstant().atZone(clock.getZone()).toLocalDate()));
        }
        return perArende;
    }

    private static Sektion sektion(String gruppId) {
        return Sektion.medGruppId(gruppId).orElseThrow(() -> new OgiltigBegaranException("Det finns ingen sektion '"
                + gruppId + "'. Ange forsorjning, vuxen, vard-och-omsorg, mottagningen eller administrationen."));
    }
}
