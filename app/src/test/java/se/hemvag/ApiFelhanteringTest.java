package se.hemvag;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Conflicts between people, or with a case that has moved on, are 409 with a Swedish message, never 500. */
class ApiFelhanteringTest {

    private final ApiFelhantering felhantering = new ApiFelhantering();

    @Test
    void samtidigaAndringarOchStegSomRedanGjortsAr409() {
        assertThat(felhantering.samtidigt(new OptimisticLockingException("ENGINE-03005")).getStatus()).isEqualTo(409);
        assertThat(felhantering.samtidigt(new ObjectOptimisticLockingFailureException("Arende", 4L)).getDetail())
                .contains("Någon annan ändrade ärendet samtidigt");
        assertThat(felhantering.stegetFinnsInte(new MismatchingMessageCorrelationException("Message_AvslutBegart")).getStatus())
                .isEqualTo(409);
    }
}
