package se.hemvag.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

/** The REST filter finds the app's engine by name without looking it up on the class path, and no other. */
class RestAutentiseringTest {

    @Test
    void motornFinnsUnderSittNamnOchIngenAnnan() {
        ProcessEngine motorn = mock(ProcessEngine.class);
        when(motorn.getName()).thenReturn("default");
        RestAutentisering.MedKandMotor filter = new RestAutentisering.MedKandMotor(motorn, new WebbsessionEllerBasic());

        assertThat(filter.getAddressedEngine("default")).isSameAs(motorn);
        assertThat(filter.getAddressedEngine("annan")).isNull();
    }
}
