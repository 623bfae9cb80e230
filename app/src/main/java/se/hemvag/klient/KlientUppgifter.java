package se.hemvag.klient;

import java.time.LocalDate;

/**
 * What intake knows about a person. Either {@code identitetsnummer} (personnummer or
 * samordningsnummer) or, for a person without one, {@code fodelsedatum} and {@code kon}, and a
 * reserve number is issued.
 */
public record KlientUppgifter(String identitetsnummer, LocalDate fodelsedatum, Kon kon,
                              String fornamn, String efternamn, String telefon) {
}
