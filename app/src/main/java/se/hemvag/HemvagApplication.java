package se.hemvag;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class HemvagApplication {

    public static void main(String[] args) {
        SpringApplication.run(HemvagApplication.class, args);
    }

    /** Dates on cases are Stockholm dates, whatever the server's zone. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Stockholm"));
    }
}
