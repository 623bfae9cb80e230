package se.hemvag.ansokan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.hemvag.arende.Ansokningskanal;
import se.hemvag.klient.Kon;
import se.hemvag.klient.KlientUppgifter;

/** An application (ansökan) as reception, a caseworker or a partner's system registers it. */
public record NyAnsokan(
        @Size(max = 15, message = "Personnummer, samordningsnummer eller reservnummer får vara högst 15 tecken.")
        String identitetsnummer,
        LocalDate fodelsedatum,
        Kon kon,
        @NotBlank(message = "Förnamn måste anges.")
        @Size(max = 100, message = "Förnamn får vara högst 100 tecken.")
        @Pattern(regexp = NAMN, message = "Förnamnet får inte innehålla tecknen < > \" { } eller styrtecken.")
        String fornamn,
        @NotBlank(message = "Efternamn måste anges.")
        @Size(max = 100, message = "Efternamn får vara högst 100 tecken.")
        @Pattern(regexp = NAMN, message = "Efternamnet får inte innehålla tecknen < > \" { } eller styrtecken.")
        String efternamn,
        @Pattern(regexp = "\\+?[0-9 \\-]{5,20}", message = "Telefonnummer får bara innehålla siffror, mellanslag, bindestreck och inledande +.")
        String telefon,
        @NotNull(message = "Ange hur ansökan kom in (kanal).")
        Ansokningskanal kanal,
        @Size(max = 2000, message = "Anteckningen får vara högst 2000 tecken.")
        String anteckning,
        /** Without papers: none of the earlier clients with the same name, birth date and sex. */
        Boolean nyttReservnummer) {

    public NyAnsokan(String identitetsnummer, LocalDate fodelsedatum, Kon kon, String fornamn, String efternamn,
                     String telefon, Ansokningskanal kanal, String anteckning) {
        this(identitetsnummer, fodelsedatum, kon, fornamn, efternamn, telefon, kanal, anteckning, null);
    }

    /** A name is letters, spaces, hyphens and apostrophes (O'Brien), never markup. */
    static final String NAMN = "[^<>\"{}\\p{Cntrl}]*";

    KlientUppgifter klientuppgifter() {
        return new KlientUppgifter(identitetsnummer, fodelsedatum, kon, fornamn.strip(), efternamn.strip(),
                telefon == null || telefon.isBlank() ? null : telefon.strip(), Boolean.TRUE.equals(nyttReservnummer));
    }
}
