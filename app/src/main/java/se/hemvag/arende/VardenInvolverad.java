package se.hemvag.arende;

/**
 * Published when a decision grants interventions that health care takes part in as well: such a
 * client must be offered a SIP.
 */
public record VardenInvolverad(Long arendeId) {
}
