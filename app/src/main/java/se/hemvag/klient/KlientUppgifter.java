package se.hemvag.klient;

import java.time.LocalDate;

/**
 * What intake knows about a person. Either {@code identitetsnummer} (personnummer, samordningsnummer
 * or a reserve number already issued) or, for a person without one, {@code fodelsedatum} and
 * {@code kon}, and a reserve number is issued. {@code nyPerson}: the caseworker confirmed that a
 * person without papers is none of the earlier clients with the same name, birth date and sex.
 */
public record KlientUppgifter(String identitetsnummer, LocalDate fodelsedatum, Kon kon,
                              String fornamn, String efternamn, String telefon, boolean nyPerson) {

    public KlientUppgifter(String identitetsnummer, LocalDate fodelsedatum, Kon kon, String fornamn, String efternamn,
                           String telefon) {
        this(identitetsnummer, fodelsedatum, kon, fornamn, efternamn, telefon, false);
    }
}
