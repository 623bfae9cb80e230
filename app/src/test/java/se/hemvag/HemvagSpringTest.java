package se.hemvag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import se.hemvag.arende.ArendeTabeller;
import se.hemvag.audit.AtkomstTabeller;
import se.hemvag.avslut.AvslutTabeller;
import se.hemvag.forsokslagenhet.Forsoksforlopp;
import se.hemvag.klient.KlientTabeller;
import se.hemvag.tillhorighet.TillhorighetTabeller;

/**
 * A Spring Boot integration test of the whole app on a real port. Runs on in-memory H2, and a
 * second time on a MariaDB database of its own when the build sets hemvag.testdatabas=mariadb
 * (tag "integration"; see app/pom.xml). Process coverage per test class is written to
 * app/target/process-test-coverage.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("integration")
@ExtendWith(Testdatabas.KravPaMariaDb.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = Testdatabas.Profiler.class)
@ContextConfiguration(initializers = Testdatabas.class)
@Import({ProcessEngineCoverageConfiguration.class, Arendeforlopp.class, Forsoksforlopp.class, KlientTabeller.class,
        ArendeTabeller.class, AvslutTabeller.class, AtkomstTabeller.class, TillhorighetTabeller.class})
public @interface HemvagSpringTest {
}
