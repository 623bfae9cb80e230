package se.hemvag.rapport;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.hemvag.avslut.Avslutsorsak;
import se.hemvag.avslut.BoendeVidAvslut;
import se.hemvag.avslut.EgenForsorjning;
import se.hemvag.rapport.Indelning.Rapportperiod;
import se.hemvag.rapport.Indikator.Matt;
import se.hemvag.rapport.Indikator.Rad;

/** The closures, from the reporting table: housing, returns, self-sufficiency, reasons, time. */
@Component
class AvslutIndikatorer implements Indikatorgrupp {

    private final JdbcTemplate jdbc;
    private final BigDecimal malStadigvarandeBoende;
    private final BigDecimal malAterkomst;
    private final BigDecimal malEgenForsorjning;

    AvslutIndikatorer(JdbcTemplate jdbc,
                      @Value("${hemvag.mal.stadigvarande-boende:0.40}") BigDecimal malStadigvarandeBoende,
                      @Value("${hemvag.mal.aterkomst-inom-ar:0.15}") BigDecimal malAterkomst,
                      @Value("${hemvag.mal.egen-forsorjning:0.25}") BigDecimal malEgenForsorjning) {
        this.jdbc = jdbc;
        this.malStadigvarandeBoende = malStadigvarandeBoende;
        this.malAterkomst = malAterkomst;
        this.malEgenForsorjning = malEgenForsorjning;
    }

    /** A closure as the figures count it. */
    private record Avslutet(long arendeId, LocalDate datum, String kon, boolean stadigvarande, String egenForsorjning,
                            boolean aterkom, String boende, String orsak) {

        /** The later of two closures of one client: by date, and on the same day the later case. */
        static Avslutet senare(Avslutet a, Avslutet b) {
            int jamfort = a.datum().compareTo(b.datum());
            return jamfort > 0 || (jamfort == 0 && a.arendeId() > b.arendeId()) ? a : b;
        }
    }

    /**
     * The closures of the report and of the year before it, read once from the reporting table:
     * ten indicators. The shares count individuals: a client closed more than once in a period
     * counts with the last closure. Closures and the median time count cases.
     */
    @Override
    public List<Indikator> rakna(Urval urval) {
        LocalDate bedomsTill = urval.idag().minusDays(Indikatorer.ATERKOMST_INOM_DAGAR);
        int perioder = urval.perioder().size();
        // per period: client → the client's last closure in the period, and in the same period one year before
        List<Map<Long, Avslutet>> iPerioden = new ArrayList<>();
        List<Map<Long, Avslutet>> aretFore = new ArrayList<>();
        // per period and sex (2 = in total): days → how many closures took that long
        List<List<TreeMap<Integer, Long>>> dagar = new ArrayList<>();
        for (int p = 0; p < perioder; p++) {
            iPerioden.add(new HashMap<>());
            aretFore.add(new HashMap<>());
            dagar.add(List.of(new TreeMap<>(), new TreeMap<>(), new TreeMap<>()));
        }
        Summor antal = urval.summor();
        // the report's closures, every column
        jdbc.query("select avslutsdatum, kon, stadigvarande, egen_forsorjning, aterkomst_inom_ar, boende, dagar, orsak,"
                        + " klient_id, arende_id from rapport_avslut where avslutsdatum between ? and ?" + urval.och("sektion"),
                rs -> {
                    long arendeId = rs.getLong(10);
                    Avslutet avslutet = new Avslutet(arendeId, rs.getDate(1).toLocalDate(), rs.getString(2), rs.getBoolean(3),
                            rs.getString(4), rs.getBoolean(5), rs.getString(6), rs.getString(8));
                    long individ = individ(rs.getLong(9), rs.wasNull(), arendeId);
                    Integer period = period(urval, antal, avslutet.datum());
                    iPerioden.get(period).merge(individ, avslutet, Avslutet::senare);
                    antal.laggIPeriod(null, period, avslutet.kon(), 1, 0);
                    dagar.get(period).get(Summor.KVINNA.equals(avslutet.kon()) ? 0 : 1).merge(rs.getInt(7), 1L, Long::sum);
                    dagar.get(period).get(2).merge(rs.getInt(7), 1L, Long::sum);
                    arAtt(urval, antal, aretFore, individ, avslutet, bedomsTill);
                }, urval.parametrar(Date.valueOf(urval.fran()), Date.valueOf(urval.till())));
        // the year before the report, for the returns: only what they need
        jdbc.query("select avslutsdatum, kon, aterkomst_inom_ar, klient_id, arende_id from rapport_avslut"
                        + " where avslutsdatum >= ? and avslutsdatum < ?" + urval.och("sektion"),
                rs -> {
                    long arendeId = rs.getLong(5);
                    Avslutet avslutet = new Avslutet(arendeId, rs.getDate(1).toLocalDate(), rs.getString(2), false, null,
                            rs.getBoolean(3), null, null);
                    arAtt(urval, antal, aretFore, individ(rs.getLong(4), rs.wasNull(), arendeId), avslutet, bedomsTill);
                }, urval.parametrar(Date.valueOf(urval.fran().minusYears(1)), Date.valueOf(urval.fran())));

        Summor stadigvarande = urval.summor();
        Summor forsorjning = urval.summor();
        Summor aterkomstPerAvslutsar = urval.summor();
        Summor boende = urval.summor().medGrupper(Arrays.stream(BoendeVidAvslut.values()).map(Enum::name).toList());
        Summor orsaker = urval.summor().medGrupper(Arrays.stream(Avslutsorsak.values()).map(Enum::name).toList());
        Summor utanKontakt = urval.summor();
        Summor aterkomst = urval.summor();
        for (int p = 0; p < perioder; p++) {
            for (Avslutet a : iPerioden.get(p).values()) {
                String kon = a.kon();
                stadigvarande.laggIPeriod(null, p, kon, a.stadigvarande() ? 1 : 0, 1);
                boolean medBistand = EgenForsorjning.JA.name().equals(a.egenForsorjning())
                        || EgenForsorjning.NEJ.name().equals(a.egenForsorjning());
                forsorjning.laggIPeriod(null, p, kon, EgenForsorjning.JA.name().equals(a.egenForsorjning()) ? 1 : 0,
                        medBistand ? 1 : 0);
                aterkomstPerAvslutsar.laggIPeriod(null, p, kon, a.aterkom() ? 1 : 0, 1);
                boende.laggIPeriod(a.boende(), p, kon, 1, 0);
                orsaker.laggIPeriod(a.orsak(), p, kon, 1, 0);
                utanKontakt.laggIPeriod(null, p, kon, Avslutsorsak.KONTAKT_UPPHORT.name().equals(a.orsak()) ? 1 : 0, 1);
            }
            for (Avslutet a : aretFore.get(p).values()) {
                aterkomst.laggIPeriod(null, p, a.kon(), a.aterkom() ? 1 : 0, 1);
            }
        }
        String individer = " Räknas i individer: en klient som avslutades flera gånger under perioden räknas en gång, med"
                + " det sista avslutet.";
        return List.of(
                new Indikator("stadigvarande-boende", "Stadigvarande boende vid avslut", "andel",
                        "Andel av de klienter som avslutades under perioden (avslutsblankettens datum) som hade ett"
                                + " stadigvarande boende: inneboende, första- eller andrahandskontrakt, genomgångsbostad via SHIS"
                                + " eller särskilt boende." + individer, malStadigvarandeBoende, "minst", Indikator.INDIVIDER,
                        stadigvarande.andelar()),
                new Indikator("aterkomst-inom-ar", "Återaktualiserade inom ett år", "andel",
                        "Som enheten redovisar det: andel av de klienter som avslutades under samma period ett år tidigare"
                                + " som ansökte på nytt inom 365 dagar från avslutet. Resultatet för ett år följer alltså de"
                                + " klienter som avslutades året före och är känt när året är slut." + individer,
                        malAterkomst, "hogst", Indikator.INDIVIDER, aterkomst.andelar()),
                new Indikator("aterkomst-per-avslutsar", "Återaktualiserade inom ett år, räknat på avslutsåret", "andel",
                        "Andel av de klienter som avslutades under perioden som har ansökt på nytt inom 365 dagar från"
                                + " avslutet, hittills. Siffran är preliminär tills ett år har gått från periodens slut (då"
                                + " blir den enhetens siffra för perioden året efter)." + individer,
                        malAterkomst, "hogst", Indikator.INDIVIDER, aterkomstPerAvslutsar.andelar()),
                new Indikator("egen-forsorjning", "Avslut till egen försörjning", "andel",
                        "Andel av de klienter med ekonomiskt bistånd som avslutades under perioden som hade egen"
                                + " försörjning vid avslutet. Klienter utan ekonomiskt bistånd räknas inte." + individer,
                        malEgenForsorjning, "minst", Indikator.INDIVIDER, forsorjning.andelar()),
                new Indikator("avslut", "Avslutade ärenden", "antal",
                        "Ärenden avslutade med avslutsblanketten under perioden. Ärenden som lämnades över vid"
                                + " tillhörighetsutredningen räknas inte.", null, null, antal.antal()),
                new Indikator("boende-vid-avslut", "Boende vid avslut", "antal",
                        "De klienter som avslutades under perioden fördelade på boendet vid avslutet." + individer, null, null,
                        Indikator.INDIVIDER, boende.antal()),
                new Indikator("avslutsorsaker", "Avslutsorsaker", "antal",
                        "De klienter som avslutades under perioden fördelade på avslutsblankettens orsak; enheten följer"
                                + " dem månatligen." + individer, null, null, Indikator.INDIVIDER, orsaker.antal()),
                new Indikator("avslut-utan-kontakt", "Avslutade utan kontakt med klienten", "andel",
                        "Andel av de klienter som avslutades under perioden där orsaken var att kontakten med klienten"
                                + " upphörde (efter dokumenterade kontaktförsök). Kontaktförsöken finns för att hålla den nere."
                                + individer, null, null, Indikator.INDIVIDER, utanKontakt.andelar()),
                mediandagar(urval, dagar));
    }

    /** A closure's client; a row from before the column was filled counts as its case's own client. */
    private static long individ(long klientId, boolean saknas, long arendeId) {
        return saknas ? -arendeId : klientId;
    }

    /**
     * Follows a closure in the report's period one year later, if that period is in the report. A
     * closure whose year has not passed (a report that runs into the future) is not known yet and
     * is left out before each client's last closure is chosen, so an earlier one that is known counts.
     */
    private static void arAtt(Urval urval, Summor summor, List<Map<Long, Avslutet>> aretFore, long individ, Avslutet avslutet,
                              LocalDate bedomsTill) {
        Integer aretDarpa = period(urval, summor, avslutet.datum().plusYears(1));
        if (aretDarpa != null && !avslutet.datum().isAfter(bedomsTill)) {
            aretFore.get(aretDarpa).merge(individ, avslutet, Avslutet::senare);
        }
    }

    /** The report period a day belongs to, or null when the day is outside the report. */
    private static Integer period(Urval urval, Summor summor, LocalDate dag) {
        if (dag.isBefore(urval.fran()) || dag.isAfter(urval.till())) {
            return null;
        }
        return summor.period(dag.getYear(), dag.getMonthValue());
    }

    private static Indikator mediandagar(Urval urval, List<List<TreeMap<Integer, Long>>> fordelning) {
        List<Rad> rader = new ArrayList<>();
        for (int p = 0; p < urval.perioder().size(); p++) {
            Rapportperiod period = urval.perioder().get(p);
            List<TreeMap<Integer, Long>> perKon = fordelning.get(p);
            rader.add(new Rad(period.namn(), period.fran(), period.till(), null, median(perKon.get(0)), median(perKon.get(1)),
                    median(perKon.get(2))));
        }
        return new Indikator("median-dagar", "Mediantid från ansökan till avslut", "dagar",
                "Median av antalet dagar från ansökan till avslut för ärenden avslutade under perioden.", null, null, rader);
    }

    private static Matt median(TreeMap<Integer, Long> fordelning) {
        long antal = fordelning.values().stream().mapToLong(Long::longValue).sum();
        if (antal == 0) {
            return new Matt(null, 0, null);
        }
        // the middle value, or the mean of the two middle values
        long undre = (antal - 1) / 2;
        long ovre = antal / 2;
        Integer undreVarde = null;
        Integer ovreVarde = null;
        long sett = 0;
        for (Map.Entry<Integer, Long> dagar : fordelning.entrySet()) {
            long nasta = sett + dagar.getValue();
            if (undreVarde == null && undre < nasta) {
                undreVarde = dagar.getKey();
            }
            if (ovre < nasta) {
                ovreVarde = dagar.getKey();
                break;
            }
            sett = nasta;
        }
        return Matt.varde(BigDecimal.valueOf(undreVarde + ovreVarde).divide(BigDecimal.valueOf(2)).stripTrailingZeros(), antal);
    }
}
