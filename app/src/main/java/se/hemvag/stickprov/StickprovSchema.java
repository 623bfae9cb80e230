package se.hemvag.stickprov;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the month's spot checks are drawn: a cron expression (hemvag.stickprov.schema), by default the
 * 1st of each month at 07:00, when the previous month's investigations are all in. The engine reads it
 * when it deploys StickprovProcess ({@code ${stickprovSchema.cron}}), before the rest of the app exists,
 * so this bean depends on nothing; a new schedule takes effect with the next deployment of the process.
 */
@Component("stickprovSchema")
public class StickprovSchema {

    public static final String STANDARD = "0 0 7 1 * ?";

    private final String cron;

    StickprovSchema(@Value("${hemvag.stickprov.schema:" + STANDARD + "}") String cron) {
        this.cron = cron;
    }

    public String getCron() {
        return cron;
    }
}
