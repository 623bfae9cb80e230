package se.hemvag.stickprov;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.Arenden;
import se.hemvag.arende.Granskningsinsyn;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sektion.Grupper;

/**
 * The utredningssekreterare may read a drawn case, its investigation and the client's history in it,
 * while its review is open, and no longer: the narrowest reading that lets the review be done. Open
 * means both unreviewed and with its review task still in Tasklist, so a draw whose process was
 * cancelled opens nothing.
 */
@Component
class StickprovInsyn implements Granskningsinsyn {

    private final GranskningRepository granskningar;
    private final InloggadAnvandare inloggad;
    private final TaskService taskService;
    private final Arenden arenden;

    StickprovInsyn(GranskningRepository granskningar, InloggadAnvandare inloggad, TaskService taskService, Arenden arenden) {
        this.granskningar = granskningar;
        this.inloggad = inloggad;
        this.taskService = taskService;
        this.arenden = arenden;
    }

    @Override
    public boolean granskar(Long arendeId) {
        return inloggad.tillhorNagon(Grupper.UTREDNINGSSEKRETERARE) && granskningar.existsByArendeIdAndGranskadIsNull(arendeId)
                && taskService.createTaskQuery().processDefinitionKey(StickprovProcessen.PROCESS_ID)
                .taskDefinitionKey(StickprovProcessen.TASK_GRANSKA)
                .taskVariableValueEquals(ArendeProcessen.ARENDENUMMER, arenden.hamta(arendeId).getArendenummer()).count() > 0;
    }
}
