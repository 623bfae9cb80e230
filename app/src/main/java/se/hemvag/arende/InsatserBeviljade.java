package se.hemvag.arende;

/**
 * Published when a decision grants interventions, with the responsible section and whether health
 * care takes part as well: the SIP module decides (Decision_SipErbjuds) whether a SIP is offered.
 */
public record InsatserBeviljade(Long arendeId, String ansvarigSektion, boolean vardenInvolverad) {
}
