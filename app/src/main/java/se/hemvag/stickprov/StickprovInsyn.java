package se.hemvag.stickprov;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.Granskningsinsyn;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sektion.Grupper;

/**
 * The utredningssekreterare may read a drawn case, its investigation and the client's history in it,
 * while its review task is open in Tasklist, and no longer: the narrowest reading that lets the review
 * be done. A completed review, or a draw whose process was cancelled, leaves no open task.
 */
@Component
class StickprovInsyn implements Granskningsinsyn {

    private final InloggadAnvandare inloggad;
    private final TaskService taskService;

    StickprovInsyn(InloggadAnvandare inloggad, TaskService taskService) {
        this.inloggad = inloggad;
        this.taskService = taskService;
    }

    @Override
    public boolean granskar(Arende arende) {
        return inloggad.tillhorNagon(Grupper.UTREDNINGSSEKRETERARE)
                && taskService.createTaskQuery().processDefinitionKey(StickprovProcessen.PROCESS_ID)
                .taskDefinitionKey(StickprovProcessen.TASK_GRANSKA)
                .taskVariableValueEquals(ArendeProcessen.ARENDENUMMER, arende.getArendenummer()).count() > 0;
    }
}
