package se.hemvag.rapport;

import java.math.BigDecimal;
import java.util.List;

/**
 * The unit's own published results for the years before Hemväg, imported as the unit wrote them
 * (a share and the number of individuals), not counted by Hemväg: the start of the trend line.
 */
final class Baslinje {

    static final String KALLA = "Enheten för hemlösa, Stockholms stad: Stockholms Kvalitetsutmärkelse 2020,"
            + " resultat från 2017–2019 års uppföljningar";
    static final String ANMARKNING = "Importerade siffror ur enhetens egen rapport, räknade i individer. Hemväg har inte"
            + " räknat dem och kan inte bryta ner dem på kvinnor och män.";

    /** One published figure: the indicator it corresponds to, the year, the share and how many individuals. */
    record Resultat(String indikator, int ar, BigDecimal andel, int individer) {
    }

    /** The unit's report, as published. */
    record Publicerat(String kalla, String anmarkning, List<Resultat> resultat) {
    }

    static final Publicerat PUBLICERAT = new Publicerat(KALLA, ANMARKNING, List.of(
            new Resultat("stadigvarande-boende", 2017, new BigDecimal("0.41"), 125),
            new Resultat("stadigvarande-boende", 2018, new BigDecimal("0.42"), 151),
            new Resultat("stadigvarande-boende", 2019, new BigDecimal("0.36"), 94),
            new Resultat("aterkomst-inom-ar", 2017, new BigDecimal("0.25"), 92),
            new Resultat("aterkomst-inom-ar", 2018, new BigDecimal("0.21"), 65),
            new Resultat("aterkomst-inom-ar", 2019, new BigDecimal("0.13"), 38),
            new Resultat("egen-forsorjning", 2017, new BigDecimal("0.25"), 82),
            new Resultat("egen-forsorjning", 2018, new BigDecimal("0.23"), 55),
            new Resultat("egen-forsorjning", 2019, new BigDecimal("0.30"), 54)));

    private Baslinje() {
    }
}
