package se.hemvag.arende;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Puts the case number and the client's name on every user task as task-local variables, so
 * Tasklist's task list can show them. A caseworker may read their section's tasks but not the
 * case's process instance, and the list reads variables with the instance's permissions; the
 * task's own variables only need the task's.
 */
@Component
class ArendeetikettPaUppgifter extends AbstractProcessEnginePlugin {

    static final TaskListener ETIKETT = uppgift -> {
        kopiera(uppgift, ArendeProcessen.ARENDENUMMER);
        kopiera(uppgift, ArendeProcessen.KLIENT_NAMN);
    };

    @Override
    public void preInit(ProcessEngineConfigurationImpl konfiguration) {
        if (konfiguration.getCustomPostBPMNParseListeners() == null) {
            konfiguration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        konfiguration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl aktivitet) {
                ((UserTaskActivityBehavior) aktivitet.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, ETIKETT);
            }
        });
    }

    private static void kopiera(DelegateTask uppgift, String variabel) {
        Object varde = uppgift.getVariable(variabel);
        if (varde != null) {
            uppgift.setVariableLocal(variabel, varde);
        }
    }
}
