package se.hemvag.avslut;

import java.time.LocalDate;

/** Published in the closing transaction, once the avslutningsblankett is stored: the unit's figures listen. */
public record ArendeAvslutat(Long arendeId, LocalDate avslutsdatum, Avslutsorsak orsak, BoendeVidAvslut boende,
                             EgenForsorjning egenForsorjning) {
}
