package se.hemvag.audit;

import java.time.Clock;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import se.hemvag.arende.Arenden;
import se.hemvag.security.InloggadAnvandare;

/** The access log runs innermost, after the logins, so it knows who made each request. */
@Configuration
class AtkomstloggKonfiguration {

    @Bean
    FilterRegistrationBean<Atkomstloggning> atkomstloggFilter(AtkomstRepository logg, Arenden arenden,
            HistoryService historyService, RuntimeService runtimeService, IdentityService identityService,
            InloggadAnvandare inloggad, Clock clock, TransactionTemplate transaktion) {
        FilterRegistrationBean<Atkomstloggning> registrering = new FilterRegistrationBean<>(new Atkomstloggning(logg, arenden,
                historyService, runtimeService, identityService, inloggad, clock, transaktion));
        registrering.setName("hemvag-atkomstlogg");
        registrering.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
        // just outside the engine's error translation (security/MotornsFelsvar), so a row has the status the user got
        registrering.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return registrering;
    }
}
