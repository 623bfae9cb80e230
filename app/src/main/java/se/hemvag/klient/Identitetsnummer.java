package se.hemvag.klient;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A checked personnummer or samordningsnummer, always kept in the twelve-digit form
 * {@code ÅÅÅÅMMDD-NNNK}. A samordningsnummer is a personnummer with 60 added to the day.
 */
public record Identitetsnummer(Identitetstyp typ, String nummer, LocalDate fodelsedatum) {

    private static final Pattern RESERVNUMMER = Pattern.compile("\\d{8}-R\\d{3,}");

    /** A reserve number the unit issued (ÅÅÅÅMMDD-Rnnn) rather than a personnummer or samordningsnummer. */
    public static boolean arReservnummer(String text) {
        return text != null && RESERVNUMMER.matcher(text.strip()).matches();
    }

    private static final Pattern FORMAT =
            Pattern.compile("(\\d{2})?(\\d{2})(\\d{2})(\\d{2})([-+]?)(\\d{3})(\\d)");

    /**
     * Parses what a person typed: 10 or 12 digits, with or without '-' (or '+' for a person of
     * 100 years or more in the ten-digit form). {@code idag} decides the century of a ten-digit
     * number.
     */
    public static Identitetsnummer tolka(String text, LocalDate idag) {
        if (text == null || text.isBlank()) {
            throw new OgiltigIdentitetException("Personnummer eller samordningsnummer saknas.");
        }
        Matcher m = FORMAT.matcher(text.strip().replace(" ", ""));
        if (!m.matches()) {
            throw new OgiltigIdentitetException("Numret '" + text.strip()
                    + "' har fel format. Skriv ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN.");
        }
        String yy = m.group(2);
        String mm = m.group(3);
        String dd = m.group(4);
        String serie = m.group(6);
        int kontrollsiffra = Integer.parseInt(m.group(7));

        int dag = Integer.parseInt(dd);
        Identitetstyp typ = dag > 60 ? Identitetstyp.SAMORDNINGSNUMMER : Identitetstyp.PERSONNUMMER;
        if (typ == Identitetstyp.SAMORDNINGSNUMMER) {
            dag -= 60;
        }
        int ar = m.group(1) != null
                ? Integer.parseInt(m.group(1) + yy)
                : sekelFor(Integer.parseInt(yy), "+".equals(m.group(5)), idag);

        LocalDate fodd;
        try {
            fodd = LocalDate.of(ar, Integer.parseInt(mm), dag);
        } catch (DateTimeException e) {
            throw new OgiltigIdentitetException("Datumdelen i " + text.strip() + " är inget giltigt datum.");
        }
        if (fodd.isAfter(idag)) {
            throw new OgiltigIdentitetException("Födelsedatumet i " + text.strip() + " ligger i framtiden.");
        }
        if (luhn(yy + mm + dd + serie) != kontrollsiffra) {
            throw new OgiltigIdentitetException("Kontrollsiffran i " + text.strip()
                    + " stämmer inte. Kontrollera att numret är rätt inskrivet.");
        }
        String nummer = String.format("%04d%s%s-%s%d", ar, mm, dd, serie, kontrollsiffra);
        return new Identitetsnummer(typ, nummer, fodd);
    }

    private static int sekelFor(int yy, boolean plus, LocalDate idag) {
        int ar = idag.getYear() - idag.getYear() % 100 + yy;
        if (ar > idag.getYear()) {
            ar -= 100;
        }
        return plus ? ar - 100 : ar;
    }

    /**
     * A synthetic personnummer for demo data and tests: the serial numbers 980–999 with a valid
     * check digit, from the range that is not handed out to real people.
     */
    public static String syntetiskt(LocalDate fodd, int lopnummer, Kon kon) {
        int serie = 980 + lopnummer % 10 * 2 + (kon == Kon.MAN ? 1 : 0);
        String nio = String.format("%02d%02d%02d%03d", fodd.getYear() % 100, fodd.getMonthValue(),
                fodd.getDayOfMonth(), serie);
        return String.format("%04d%02d%02d-%03d%d", fodd.getYear(), fodd.getMonthValue(), fodd.getDayOfMonth(),
                serie, luhn(nio));
    }

    /** The Luhn check digit of the nine digits before it (the ten-digit form without its last). */
    static int luhn(String tioSiffror) {
        int summa = 0;
        for (int i = 0; i < 9; i++) {
            int siffra = tioSiffror.charAt(i) - '0';
            int produkt = siffra * (i % 2 == 0 ? 2 : 1);
            summa += produkt > 9 ? produkt - 9 : produkt;
        }
        return (10 - summa % 10) % 10;
    }
}
