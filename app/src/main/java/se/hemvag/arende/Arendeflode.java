package se.hemvag.arende;

import java.util.Map;

/** Cases per responsible section: open now, and applied for and closed in a period. */
public record Arendeflode(Map<String, Long> oppna, Map<String, Long> ansokta, Map<String, Long> avslutade) {

    /** A case in its belonging investigation has no responsible section yet. */
    public static final String UTAN_SEKTION = "ingen";
}
