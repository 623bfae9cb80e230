package se.hemvag.arende;

/**
 * Published when a client applies again within a year of their last closed case
 * (återaktualisering): the earlier case then counts as a return in the unit's figures.
 */
public record Ateraktualiserat(Long foregaendeArendeId, Long nyttArendeId) {
}
