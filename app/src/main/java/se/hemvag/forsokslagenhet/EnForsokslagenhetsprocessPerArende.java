package se.hemvag.forsokslagenhet;

import java.util.ArrayList;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Arenden;
import se.hemvag.security.InloggadAnvandare;

/**
 * However a ForsokslagenhetProcess starts, even at an activity of the bootstrap account's choosing
 * with listeners and mappings skipped: a case has at most one running, and a user who names the
 * case (the business key) must belong to its responsible section. The check is a built-in
 * listener of the process, which no API can skip. A start from the form names its case in the
 * first step instead, where {@link RegistreraForsokslagenhetAnsokanDelegate} checks the same.
 */
@Component
class EnForsokslagenhetsprocessPerArende extends AbstractProcessEnginePlugin {

    private final Arenden arenden;
    private final InloggadAnvandare inloggad;

    EnForsokslagenhetsprocessPerArende(@Lazy Arenden arenden, @Lazy InloggadAnvandare inloggad) {
        this.arenden = arenden;
        this.inloggad = inloggad;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl motor) {
        if (motor.getCustomPostBPMNParseListeners() == null) {
            motor.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        motor.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity process) {
                if (ForsokslagenhetProcessen.PROCESS_ID.equals(process.getKey())) {
                    process.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) this::kontrollera);
                }
            }

            private void kontrollera(DelegateExecution start) {
                String arendenummer = start.getProcessBusinessKey();
                if (arendenummer != null) {
                    kontrolleraStart(start, arendenummer);
                }
            }
        });
    }

    /** The rule, for a start that names its case. */
    void kontrolleraStart(DelegateExecution start, String arendenummer) {
        Arende arende = arenden.hamtaFranFormular(arendenummer);
        boolean anvandare = !InloggadAnvandare.SYSTEM.equals(inloggad.id()) && !inloggad.tillhorNagon(Groups.CAMUNDA_ADMIN);
        if (anvandare && (arende.getAnsvarigSektion() == null || !inloggad.tillhorNagon(arende.getAnsvarigSektion()))) {
            throw new BadUserRequestException("Bara den ansvariga sektionen kan söka försökslägenhet i ärende " + arendenummer + ".");
        }
        long pagaende = inloggad.somSystem(() -> start.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ForsokslagenhetProcessen.PROCESS_ID).processInstanceBusinessKey(arendenummer)
                .count());
        if (pagaende > 0) {
            throw new BadUserRequestException("Ärende " + arendenummer + " har redan en försökslägenhet under handläggning.");
        }
    }
}
