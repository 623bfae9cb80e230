package se.hemvag.klientvy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.Arenden;
import se.hemvag.delat.EjBehorigException;
import se.hemvag.delat.Historikkalla;
import se.hemvag.delat.Historikkalla.Historikpost;
import se.hemvag.klient.Klient;
import se.hemvag.security.InloggadAnvandare;

/**
 * A client's history before a meeting: every case of the client that the reader works with, and
 * what happened in them, newest first, with who registered it. Reached through one case the reader
 * may see; the client's other cases that the reader does not work with are counted, never shown.
 */
@Service
public class Klientvyn {

    private final Arenden arenden;
    private final List<Historikkalla> kallor;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final InloggadAnvandare inloggad;

    Klientvyn(Arenden arenden, List<Historikkalla> kallor, IdentityService identityService, TaskService taskService,
              RuntimeService runtimeService, InloggadAnvandare inloggad) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.arenden = arenden;
        this.kallor = kallor;
        this.identityService = identityService;
        this.inloggad = inloggad;
    }

    public record Klienthistorik(KlientVy klient, List<ArendeVy> arenden, int arendenUtanInsyn, List<PostVy> historik) {
    }

    public record KlientVy(String namn, String identitetsnummer, LocalDate fodelsedatum) {
    }

    public record ArendeVy(String arendenummer, String status, String ansvarigSektion, LocalDate ansokningsdatum,
                           LocalDate avslutad) {
    }

    public record PostVy(LocalDate datum, String arendenummer, String rubrik, String text, String vem) {
    }

    /**
     * The history of the client a task is about, for Tasklist's tab: the task's case number (its label,
     * which group-session tasks carry too), then the case rules as for the case itself.
     */
    @Transactional(readOnly = true)
    public Klienthistorik forUppgift(String uppgiftId) {
        String arendenummer = inloggad.somSystem(() -> {
            Task uppgift = taskService.createTaskQuery().taskId(uppgiftId).singleResult();
            if (uppgift == null) {
                return null;
            }
            Object etikett = taskService.getVariableLocal(uppgiftId, ArendeProcessen.ARENDENUMMER);
            if (etikett instanceof String nummer) {
                return nummer;
            }
            ProcessInstance process = runtimeService.createProcessInstanceQuery()
                    .processInstanceId(uppgift.getProcessInstanceId()).singleResult();
            return process == null ? null : process.getBusinessKey();
        });
        if (arendenummer == null || arendenummer.isBlank()) {
            throw new EjBehorigException("Uppgiften finns inte, eller hör inte till ett ärende du arbetar med.");
        }
        return forArende(arendenummer);
    }

    /** The history of the client a process instance is about, for Cockpit's tab (ledning): its case number. */
    @Transactional(readOnly = true)
    public Klienthistorik forProcessinstans(String processinstansId) {
        String arendenummer = inloggad.somSystem(() -> {
            ProcessInstance process = runtimeService.createProcessInstanceQuery().processInstanceId(processinstansId).singleResult();
            if (process == null) {
                return null;
            }
            Object nummer = runtimeService.getVariable(processinstansId, ArendeProcessen.ARENDENUMMER);
            return nummer instanceof String text ? text : process.getBusinessKey();
        });
        if (arendenummer == null || arendenummer.isBlank()) {
            throw new EjBehorigException("Processinstansen finns inte, eller hör inte till ett ärende du arbetar med.");
        }
        return forArende(arendenummer);
    }

    @Transactional(readOnly = true)
    public Klienthistorik forArende(String arendenummer) {
        Arende ingang = arenden.hamtaForDenSomArbetarMedArendet(arendenummer);
        Klient klient = ingang.getKlient();
        List<Arende> alla = arenden.klientensArenden(klient.getId());
        List<Arende> synliga = alla.stream().filter(arenden::arbetarMedArendet).toList();
        Map<Long, String> nummer = synliga.stream()
                .collect(Collectors.toMap(Arende::getId, Arende::getArendenummer, (a, b) -> a, LinkedHashMap::new));
        int utanInsyn = alla.size() - synliga.size();

        List<Historikpost> poster = kallor.stream().flatMap(k -> k.poster(nummer.keySet(), klient.getId()).stream())
                .filter(p -> p.datum() != null && (p.arendeId() == null || nummer.containsKey(p.arendeId())))
                .sorted(Comparator.comparing(Historikpost::datum).reversed())
                .toList();
        Map<String, String> namn = namn(poster.stream().map(Historikpost::vem).filter(Objects::nonNull).collect(Collectors.toSet()));

        return new Klienthistorik(new KlientVy(klient.namn(), klient.getIdentitetsnummer(), klient.getFodelsedatum()),
                synliga.stream().map(a -> new ArendeVy(a.getArendenummer(), a.getStatus().name(), a.getAnsvarigSektion(),
                        a.getAnsokningsdatum(), a.getAvslutad())).toList(),
                utanInsyn,
                poster.stream().map(p -> new PostVy(p.datum(), p.arendeId() == null ? null : nummer.get(p.arendeId()), p.rubrik(),
                        p.text(), p.vem() == null ? null : namn.getOrDefault(p.vem(), p.vem()))).toList());
    }

    /** "Förnamn Efternamn (användar-id)" for the users named; the engine's user list is not the reader's to query. */
    private Map<String, String> namn(Set<String> anvandare) {
        if (anvandare.isEmpty()) {
            return Map.of();
        }
        List<User> hittade = inloggad.somSystem(() -> identityService.createUserQuery()
                .userIdIn(anvandare.toArray(String[]::new)).list());
        return hittade.stream().collect(Collectors.toMap(User::getId,
                u -> (Objects.toString(u.getFirstName(), "") + " " + Objects.toString(u.getLastName(), "")).strip()
                        + " (" + u.getId() + ")"));
    }
}
