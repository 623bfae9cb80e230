package se.hemvag.motor;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.hemvag.HemvagSpringTest;

/**
 * The engine's own reading of the retry cycle the app sets: a failed job is tried again soon (a
 * deadlock between two nodes passes at once), then at growing intervals: five tries again before it
 * becomes an incident.
 */
@HemvagSpringTest
class NyaForsokTest {

    @Autowired ProcessEngine motorn;

    @Test
    void ettMisslyckatJobbProvasSnartIgenOchSedanMedVaxandeMellanrum() {
        String cykel = ((ProcessEngineConfigurationImpl) motorn.getProcessEngineConfiguration()).getFailedJobRetryTimeCycle();

        FailedJobRetryConfiguration forsok = ParseUtil.parseRetryIntervals(cykel);

        // the engine counts the first run too: six runs, five of them tries again
        assertThat(forsok.getRetries()).isEqualTo(6);
        assertThat(forsok.getRetryIntervals()).containsExactly("PT5S", "PT1M", "PT5M", "PT10M", "PT30M");
    }
}
