package se.hemvag.avslut;

import java.time.LocalDate;

/**
 * Published once, in the closing transaction, when the avslutningsblankett is stored: SIP and
 * trial apartment stop their processes, the unit's figures write their row.
 */
public record ArendeAvslutat(Long arendeId, String arendenummer, LocalDate avslutsdatum, Avslutsorsak orsak,
                             BoendeVidAvslut boende, EgenForsorjning egenForsorjning) {
}
