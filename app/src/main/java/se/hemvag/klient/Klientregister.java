package se.hemvag.klient;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds a person by identity or registers them; issues reserve numbers. */
@Service
public class Klientregister {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.BASIC_ISO_DATE;

    private final KlientRepository klienter;
    private final Clock clock;

    Klientregister(KlientRepository klienter, Clock clock) {
        this.klienter = klienter;
        this.clock = clock;
    }

    @Transactional
    public Klient hittaEllerRegistrera(KlientUppgifter uppgifter) {
        LocalDate idag = LocalDate.now(clock);
        if (uppgifter.identitetsnummer() == null || uppgifter.identitetsnummer().isBlank()) {
            return registreraMedReservnummer(uppgifter, idag);
        }
        Identitetsnummer id = Identitetsnummer.tolka(uppgifter.identitetsnummer(), idag);
        Kon kon = uppgifter.kon() != null ? uppgifter.kon() : konFran(id.nummer());
        Klient klient = klienter.findByIdentitetsnummer(id.nummer())
                .orElseGet(() -> klienter.save(new Klient(id.typ(), id.nummer(), id.fodelsedatum(), kon,
                        uppgifter.fornamn(), uppgifter.efternamn(), uppgifter.telefon(), clock.instant())));
        klient.nyttTelefonnummer(uppgifter.telefon());
        return klient;
    }

    private Klient registreraMedReservnummer(KlientUppgifter uppgifter, LocalDate idag) {
        if (uppgifter.fodelsedatum() == null) {
            throw new OgiltigIdentitetException(
                    "Ange personnummer, samordningsnummer eller, om klienten saknar båda, födelsedatum så att ett reservnummer kan utfärdas.");
        }
        if (uppgifter.fodelsedatum().isAfter(idag)) {
            throw new OgiltigIdentitetException("Födelsedatumet ligger i framtiden.");
        }
        if (uppgifter.kon() == null) {
            throw new OgiltigIdentitetException("Ange kön när klienten saknar personnummer.");
        }
        String prefix = uppgifter.fodelsedatum().format(DATUM) + "-R";
        long lopnummer = klienter.countByIdentitetsnummerStartingWith(prefix) + 1;
        return klienter.save(new Klient(Identitetstyp.RESERVNUMMER, prefix + String.format("%03d", lopnummer),
                uppgifter.fodelsedatum(), uppgifter.kon(), uppgifter.fornamn(), uppgifter.efternamn(),
                uppgifter.telefon(), clock.instant()));
    }

    /** The ninth digit of a Swedish identity number is odd for men and even for women. */
    private static Kon konFran(String tolvSiffror) {
        int kondsiffra = tolvSiffror.charAt(tolvSiffror.length() - 2) - '0';
        return kondsiffra % 2 == 1 ? Kon.MAN : Kon.KVINNA;
    }
}
