package se.hemvag.sektion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The unit's timing per kind of task, which the unit can change without a developer. */
class TidsfristerTest {

    private static final ZonedDateTime NU = ZonedDateTime.parse("2026-12-07T10:00:00+01:00[Europe/Stockholm]");

    @Test
    void enhetensTiderOchTvaVeckorForResten() {
        Tidsfrister tidsfrister = new Tidsfrister(new MockEnvironment(), Clock.systemDefaultZone());

        assertThat(tidsfrister.forfaller("Task_PaborjaUtredning", NU)).isEqualTo(NU.plusDays(3));
        assertThat(tidsfrister.forfaller("Task_BeslutaNattlogi", NU)).isEqualTo(NU.plusHours(4));
        assertThat(tidsfrister.forfaller("Task_BeslutaInsatser", NU)).isEqualTo(NU.plusMonths(4));
        assertThat(tidsfrister.forfaller("Task_GranskaOvertagande", NU)).isEqualTo(NU.plusDays(14));
    }

    @Test
    void enhetenAndrarEnTidMedEnInstallning() {
        MockEnvironment installningar = new MockEnvironment().withProperty("hemvag.tidsfrist.Task_PaborjaUtredning", "P1D")
                .withProperty("hemvag.tidsfrist.standard", "P10D").withProperty("hemvag.tidsfrist.Task_Avvikelse", "tre dagar");
        Tidsfrister tidsfrister = new Tidsfrister(installningar, Clock.systemDefaultZone());

        assertThat(tidsfrister.forfaller("Task_PaborjaUtredning", NU)).isEqualTo(NU.plusDays(1));
        assertThat(tidsfrister.forfaller("Task_GranskaOvertagande", NU)).isEqualTo(NU.plusDays(10));
        assertThatThrownBy(() -> tidsfrister.forfaller("Task_Avvikelse", NU)).hasMessageContaining("hemvag.tidsfrist.Task_Avvikelse");
    }
}
