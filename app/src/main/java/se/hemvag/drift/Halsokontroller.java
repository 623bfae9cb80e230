package se.hemvag.drift;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.hemvag.security.InloggadAnvandare;

/**
 * What readiness waits for besides the database: the engine answers, and the job executor runs
 * (timers, the contact watch, Hyran först). The starter's own two checks are off: a node configured
 * without job execution (a web-only node) would be DOWN by theirs, and never ready.
 */
@Configuration
class Halsokontroller {

    @Bean
    HealthIndicator motorn(ProcessEngineConfigurationImpl motor, InloggadAnvandare inloggad) {
        return () -> {
            try {
                // reads ACT_GE_PROPERTY: the engine, its command chain and its tables
                int egenskaper = inloggad.somSystem(() -> motor.getManagementService().getProperties().size());
                return Health.up().withDetail("motor", motor.getProcessEngineName()).withDetail("egenskaper", egenskaper).build();
            } catch (RuntimeException e) {
                return Health.down().withDetail("motor", motor.getProcessEngineName())
                        .withDetail("fel", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
            }
        };
    }

    @Bean
    HealthIndicator jobbexekutorn(ProcessEngineConfigurationImpl motor,
            @Value("${camunda.bpm.job-execution.enabled:true}") boolean jobbKors) {
        return () -> {
            if (!jobbKors) {
                return Health.up().withDetail("jobbexekutor", "avstängd i konfigurationen: den här noden kör inga jobb").build();
            }
            JobExecutor jobbexekutor = motor.getJobExecutor();
            return jobbexekutor != null && jobbexekutor.isActive()
                    ? Health.up().withDetail("jobbexekutor", "igång").withDetail("nod", jobbexekutor.getLockOwner()).build()
                    : Health.down().withDetail("jobbexekutor", "stoppad: timrar och påminnelser körs inte").build();
        };
    }
}
