package se.hemvag.forsokslagenhet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When Hyran först opens each month: a cron expression (hemvag.hyran-forst.schema), by default the
 * weekday nearest the 25th at 13:00 (a Saturday's opening moves to Friday, a Sunday's to Monday),
 * after both the pension and the salary have come. The engine reads it when it
 * deploys HyranForstProcess ({@code ${hyranForstSchema.cron}}), before the rest of the app exists,
 * so this bean depends on nothing; a new schedule takes effect with the next deployment of the process.
 */
@Component("hyranForstSchema")
public class HyranForstSchema {

    /** Spring cron, as the engine reads it: 25W is the weekday nearest the 25th. */
    public static final String STANDARD = "0 0 13 25W * ?";

    private final String cron;

    HyranForstSchema(@Value("${hemvag.hyran-forst.schema:" + STANDARD + "}") String cron) {
        this.cron = cron;
    }

    public String getCron() {
        return cron;
    }
}
