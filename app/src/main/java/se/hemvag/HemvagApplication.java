package se.hemvag;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

@SpringBootApplication
public class HemvagApplication {

    /** What an operator (and the node harnesses) waits for: "Started" comes before the start-up work on ready is done. */
    static final String REDO = "Hemväg tar emot trafik";

    private static final Logger log = LoggerFactory.getLogger(HemvagApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(HemvagApplication.class, args);
    }

    @EventListener
    void redo(AvailabilityChangeEvent<ReadinessState> handelse) {
        if (handelse.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            log.info(REDO);
        }
    }

    /**
     * Stockholm dates, whatever the server's zone, from the engine's clock: the domain's "today"
     * and the timers of the processes are one time, also when a test moves it (ClockUtil).
     */
    @Bean
    Clock clock() {
        return new MotornsKlocka(ZoneId.of("Europe/Stockholm"));
    }

    static final class MotornsKlocka extends Clock {

        private final ZoneId zon;

        MotornsKlocka(ZoneId zon) {
            this.zon = zon;
        }

        @Override
        public ZoneId getZone() {
            return zon;
        }

        @Override
        public Clock withZone(ZoneId annanZon) {
            return new MotornsKlocka(annanZon);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
