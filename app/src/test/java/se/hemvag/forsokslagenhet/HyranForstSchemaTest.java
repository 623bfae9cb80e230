package se.hemvag.forsokslagenhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.CronTimer;
import org.junit.jupiter.api.Test;

/** Hyran först opens on a weekday near the 25th, as the engine reads the default schedule. */
class HyranForstSchemaTest {

    @Test
    void oppnarEnVardagNaraDen25() throws Exception {
        CronTimer schema = CronTimer.parse(HyranForstSchema.STANDARD);
        for (int manad = 1; manad <= 24; manad++) {
            LocalDate forsta = LocalDate.of(2027, 1, 1).plusMonths(manad - 1);
            ZonedDateTime oppnar = schema.getDueDate(Date.from(forsta.atStartOfDay(ZoneId.systemDefault()).toInstant()))
                    .toInstant().atZone(ZoneId.systemDefault());

            assertThat(oppnar.getDayOfWeek()).as(oppnar.toString()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(oppnar.getDayOfMonth()).as(oppnar.toString()).isBetween(24, 26);
            assertThat(oppnar.getMonth()).isEqualTo(forsta.getMonth());
            assertThat(oppnar.getHour()).isEqualTo(13);
        }
        // September 2027: the 25th is a Saturday
        assertThat(schema.getDueDate(Date.from(LocalDate.of(2027, 9, 1).atStartOfDay(ZoneId.systemDefault()).toInstant()))
                .toInstant().atZone(ZoneId.systemDefault()).toLocalDate()).isEqualTo(LocalDate.of(2027, 9, 24));
    }
}
