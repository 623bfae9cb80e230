package se.hemvag.klient;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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
            return hittaEllerRegistreraMedReservnummer(uppgifter, idag);
        }
        if (Identitetsnummer.arReservnummer(uppgifter.identitetsnummer())) {
            Klient klient = klienter.findByIdentitetsnummer(uppgifter.identitetsnummer().strip()).orElseThrow(
                    () -> new OgiltigIdentitetException("Reservnumret " + uppgifter.identitetsnummer().strip()
                            + " finns inte. Sök klienten på namn, födelsedatum och kön, eller lämna numret tomt så"
                            + " utfärdas ett nytt."));
            if (uppgifter.fodelsedatum() != null && !uppgifter.fodelsedatum().equals(klient.getFodelsedatum())) {
                throw new OgiltigIdentitetException("Reservnumret " + klient.getIdentitetsnummer() + " hör till en person"
                        + " med ett annat födelsedatum. Kontrollera numret och födelsedatumet.");
            }
            klient.nyttTelefonnummer(uppgifter.telefon());
            return klient;
        }
        Identitetsnummer id = Identitetsnummer.tolka(uppgifter.identitetsnummer(), idag);
        Kon kon = uppgifter.kon() != null ? uppgifter.kon() : konFran(id.nummer());
        Klient klient = klienter.findByIdentitetsnummer(id.nummer())
                .orElseGet(() -> klienter.save(new Klient(id.typ(), id.nummer(), id.fodelsedatum(), kon,
                        uppgifter.fornamn(), uppgifter.efternamn(), uppgifter.telefon(), clock.instant())));
        klient.nyttTelefonnummer(uppgifter.telefon());
        return klient;
    }

    /**
     * Clients without papers who may be the person described: the same birth date and sex, and names
     * that match as the caseworker typed them (first and last name each contained, case ignored).
     */
    @Transactional(readOnly = true)
    public List<Klient> sokUtanPersonnummer(LocalDate fodelsedatum, Kon kon, String fornamn, String efternamn) {
        return klienter.findByIdentitetstypAndFodelsedatumAndKonOrderById(Identitetstyp.RESERVNUMMER, fodelsedatum, kon)
                .stream().filter(k -> innehaller(k.getFornamn(), fornamn) && innehaller(k.getEfternamn(), efternamn))
                .toList();
    }

    private static boolean innehaller(String namn, String sokt) {
        return sokt == null || sokt.isBlank()
                || (namn != null && namn.toLowerCase(Locale.ROOT).contains(sokt.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * A reserve number for a person without papers, unless they may have been a client before: an
     * earlier client without papers with the same name, birth date and sex is named in the refusal,
     * and the caseworker gives that number (the same person, so returns and the one-open-case rule
     * hold) or confirms a new person. Never merged without asking: two people can share all three.
     */
    private Klient hittaEllerRegistreraMedReservnummer(KlientUppgifter uppgifter, LocalDate idag) {
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
        List<Klient> tidigare = klienter.findByIdentitetstypAndFodelsedatumAndKonOrderById(Identitetstyp.RESERVNUMMER,
                        uppgifter.fodelsedatum(), uppgifter.kon()).stream()
                .filter(k -> sammaNamn(k.getFornamn(), uppgifter.fornamn()) && sammaNamn(k.getEfternamn(), uppgifter.efternamn()))
                .toList();
        if (!tidigare.isEmpty() && !uppgifter.nyPerson()) {
            throw new OgiltigIdentitetException("Det finns redan " + (tidigare.size() == 1 ? "en klient" : "klienter")
                    + " utan personnummer med samma namn, födelsedatum och kön: "
                    + tidigare.stream().map(k -> k.getIdentitetsnummer() + " (" + k.namn() + ")").collect(Collectors.joining(", "))
                    + ". Är det samma person, ange reservnumret. Är det en annan person, markera att det är en ny person.");
        }
        String reservnummer = uppgifter.fodelsedatum().format(DATUM) + "-R" + String.format("%03d", klienter.nastaReservnummer());
        return klienter.save(new Klient(Identitetstyp.RESERVNUMMER, reservnummer,
                uppgifter.fodelsedatum(), uppgifter.kon(), uppgifter.fornamn(), uppgifter.efternamn(),
                uppgifter.telefon(), clock.instant()));
    }

    private static boolean sammaNamn(String a, String b) {
        return normalisera(a).equals(normalisera(b));
    }

    private static String normalisera(String namn) {
        return namn == null ? "" : namn.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The ninth digit of a Swedish identity number is odd for men and even for women. */
    private static Kon konFran(String tolvSiffror) {
        int kondsiffra = tolvSiffror.charAt(tolvSiffror.length() - 2) - '0';
        return kondsiffra % 2 == 1 ? Kon.MAN : Kon.KVINNA;
    }
}
