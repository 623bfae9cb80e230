package se.hemvag.sektion;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import java.util.List;

/**
 * The sections as Camunda groups, and the Tasklist filters that show each section its work.
 * Created at every start, idempotently, so a new database is ready and an old one is left as is.
 */
@Component
public class Sektionsgrupper {

    public static final String MINA_UPPGIFTER = "Mina uppgifter";
    /** The utredningssekreterare's list: the month's spot checks to review. */
    public static final String STICKPROV_ATT_GRANSKA = "Stickprov att granska";

    private final IdentityService identityService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    Sektionsgrupper(IdentityService identityService, FilterService filterService, TaskService taskService,
                    AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    public static String sektionensUppgifter(Sektion sektion) {
        return "Sektionens uppgifter – " + sektion.namn();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void skapaGrupperOchFilter() {
        for (Sektion sektion : Sektion.values()) {
            skapaGrupp(sektion.gruppId(), sektion.namn());
            skapaGrupp(sektion.ledningsgruppId(), sektion.ledningsgruppNamn());
        }
        skapaGrupp(Grupper.LEDNING, "Ledningsgrupp");
        skapaGrupp(Grupper.PROCESSAGARE, "Processägare");
        skapaGrupp(Grupper.ADMINISTRATORER, "Administratörer (användare och grupper)");
        skapaGrupp(Grupper.OVERVAKNING, "Övervakning (driftens mätvärden)");
        skapaGrupp(Grupper.UTREDNINGSSEKRETERARE, "Utredningssekreterare");

        Filter mina = filter(MINA_UPPGIFTER, 0, "Uppgifter som är tilldelade mig",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        for (Sektion sektion : Sektion.values()) {
            Filter sektionens = filter(sektionensUppgifter(sektion), -10, "Alla uppgifter för " + sektion.namn(),
                    taskService.createTaskQuery().taskCandidateGroup(sektion.gruppId()).includeAssignedTasks());
            geLasratt(sektion.gruppId(), sektionens);
            geLasratt(sektion.gruppId(), mina);
            geLasratt(sektion.ledningsgruppId(), sektionens);
            geLasratt(sektion.ledningsgruppId(), mina);
            // the section's work past its due date, for those who lead it
            Filter forsenade = filter(forsenadeUppgifter(sektion), -5, "Uppgifter i " + sektion.namn()
                    + " som har passerat förfallodatum", taskService.createTaskQuery().taskCandidateGroup(sektion.gruppId())
                    .includeAssignedTasks().dueBeforeExpression("${now()}"));
            geLasratt(sektion.ledningsgruppId(), forsenade);
        }
        Filter stickprov = filter(STICKPROV_ATT_GRANSKA, -10, "Månadens stickprov i utredningarna: är barnperspektivet beaktat?",
                taskService.createTaskQuery().taskCandidateGroup(Grupper.UTREDNINGSSEKRETERARE).includeAssignedTasks());
        geLasratt(Grupper.UTREDNINGSSEKRETERARE, stickprov);
        geLasratt(Grupper.UTREDNINGSSEKRETERARE, mina);
    }

    public static String forsenadeUppgifter(Sektion sektion) {
        return "Försenade uppgifter – " + sektion.namn();
    }

    private void skapaGrupp(String id, String namn) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group grupp = identityService.newGroup(id);
            grupp.setName(namn);
            grupp.setType("WORKFLOW");
            identityService.saveGroup(grupp);
        }
    }

    private Filter filter(String namn, int prioritet, String beskrivning, TaskQuery fraga) {
        // one filter per name; two nodes that once started together on a database left two (EnNodIStarten)
        List<Filter> sammaNamn = filterService.createFilterQuery().filterName(namn).orderByFilterId().asc().list();
        sammaNamn.stream().skip(1).forEach(dubblett -> filterService.deleteFilter(dubblett.getId()));
        Filter filter = sammaNamn.isEmpty() ? filterService.newTaskFilter(namn) : sammaNamn.get(0);
        filter.setQuery(fraga);
        filter.setProperties(Map.of(
                "description", beskrivning,
                "priority", prioritet,
                "refresh", true,
                "variables", List.of(
                        Map.of("name", "arendenummer", "label", "Ärendenummer"),
                        Map.of("name", "klientNamn", "label", "Klient"))));
        return filterService.saveFilter(filter);
    }

    private void geLasratt(String gruppId, Filter filter) {
        boolean finns = authorizationService.createAuthorizationQuery()
                .groupIdIn(gruppId).resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0;
        if (!finns) {
            Authorization las = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            las.setGroupId(gruppId);
            las.setResource(Resources.FILTER);
            las.setResourceId(filter.getId());
            las.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(las);
        }
    }
}
