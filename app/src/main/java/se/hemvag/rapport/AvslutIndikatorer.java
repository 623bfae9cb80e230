package se.hemvag.rapport;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.hemvag.avslut.Avslutsorsak;
import se.hemvag.avslut.BoendeVidAvslut;
import se.hemvag.rapport.Indelning.Rapportperiod;
import se.hemvag.rapport.Indikator.Matt;
import se.hemvag.rapport.Indikator.Rad;

/** The closures of the period, from the reporting table: housing, returns, self-sufficiency, reasons, time. */
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

    /** The period's closures, read once from the reporting table: nine indicators. */
    @Override
    public List<Indikator> rakna(Urval urval) {
        LocalDate bedomsTill = urval.idag().minusDays(Indikatorer.ATERKOMST_INOM_DAGAR);
        Summor stadigvarande = urval.summor();
        Summor forsorjning = urval.summor();
        Summor aterkomst = urval.summor();
        Summor aterkomstHittills = urval.summor();
        Summor antal = urval.summor();
        Summor boende = urval.summor().medGrupper(Arrays.stream(BoendeVidAvslut.values()).map(Enum::name).toList());
        Summor orsaker = urval.summor().medGrupper(Arrays.stream(Avslutsorsak.values()).map(Enum::name).toList());
        Summor utanKontakt = urval.summor();
        // per period and sex (2 = in total): days → how many closures took that long
        List<List<TreeMap<Integer, Long>>> dagar = new ArrayList<>();
        for (int p = 0; p < urval.perioder().size(); p++) {
            dagar.add(List.of(new TreeMap<>(), new TreeMap<>(), new TreeMap<>()));
        }
        jdbc.query("select avslutsdatum, kon, stadigvarande, egen_forsorjning, aterkomst_inom_ar, boende, dagar, orsak"
                        + " from rapport_avslut where avslutsdatum between ? and ?" + urval.och("sektion"),
                rs -> {
                    LocalDate avslutsdatum = rs.getDate(1).toLocalDate();
                    Integer period = antal.period(avslutsdatum.getYear(), avslutsdatum.getMonthValue());
                    if (period == null) {
                        return;
                    }
                    String kon = rs.getString(2);
                    String egen = rs.getString(4);
                    boolean aretHarGatt = !avslutsdatum.isAfter(bedomsTill);
                    antal.laggIPeriod(null, period, kon, 1, 0);
                    stadigvarande.laggIPeriod(null, period, kon, rs.getBoolean(3) ? 1 : 0, 1);
                    forsorjning.laggIPeriod(null, period, kon, "JA".equals(egen) ? 1 : 0,
                            "JA".equals(egen) || "NEJ".equals(egen) ? 1 : 0);
                    aterkomst.laggIPeriod(null, period, kon, aretHarGatt && rs.getBoolean(5) ? 1 : 0, aretHarGatt ? 1 : 0);
                    aterkomstHittills.laggIPeriod(null, period, kon, rs.getBoolean(5) ? 1 : 0, 1);
                    boende.laggIPeriod(rs.getString(6), period, kon, 1, 0);
                    String orsak = rs.getString(8);
                    orsaker.laggIPeriod(orsak, period, kon, 1, 0);
                    utanKontakt.laggIPeriod(null, period, kon, Avslutsorsak.KONTAKT_UPPHORT.name().equals(orsak) ? 1 : 0, 1);
                    dagar.get(period).get(Summor.KVINNA.equals(kon) ? 0 : 1).merge(rs.getInt(7), 1L, Long::sum);
                    dagar.get(period).get(2).merge(rs.getInt(7), 1L, Long::sum);
                }, urval.parametrar(Date.valueOf(urval.fran()), Date.valueOf(urval.till())));
        return List.of(
                new Indikator("stadigvarande-boende", "Stadigvarande boende vid avslut", "andel",
                        "Andel av de ärenden som avslutades under perioden (avslutsblankettens datum) där klienten hade ett"
                                + " stadigvarande boende: inneboende, första- eller andrahandskontrakt, genomgångsbostad via SHIS"
                                + " eller särskilt boende.", malStadigvarandeBoende, "minst", stadigvarande.andelar()),
                new Indikator("aterkomst-inom-ar", "Återaktualiserade inom ett år", "andel",
                        "Andel av de ärenden som avslutades under perioden där klienten ansökte på nytt inom 365 dagar. Bara"
                                + " avslut vars hela år har gått (avslutade senast " + bedomsTill + ") räknas; senare avslut"
                                + " står utanför tills deras år har gått.", malAterkomst, "hogst", aterkomst.andelar()),
                new Indikator("aterkomst-hittills", "Återaktualiserade hittills (preliminärt)", "andel",
                        "Som återaktualiserade inom ett år, men för alla ärenden som avslutades under perioden, också de vars"
                                + " år inte har gått: de som har ansökt på nytt hittills. Så räknar enheten året som pågår;"
                                + " andelen kan bara öka tills årets alla avslut har haft sitt år.", malAterkomst, "hogst",
                        aterkomstHittills.andelar()),
                new Indikator("egen-forsorjning", "Avslut till egen försörjning", "andel",
                        "Andel av de ärenden med ekonomiskt bistånd som avslutades under perioden där klienten hade egen"
                                + " försörjning vid avslutet. Ärenden utan ekonomiskt bistånd räknas inte.", malEgenForsorjning,
                        "minst", forsorjning.andelar()),
                new Indikator("avslut", "Avslutade ärenden", "antal",
                        "Ärenden avslutade med avslutsblanketten under perioden. Ärenden som lämnades över vid"
                                + " tillhörighetsutredningen räknas inte.", null, null, antal.antal()),
                new Indikator("boende-vid-avslut", "Boende vid avslut", "antal",
                        "De avslutade ärendena under perioden fördelade på boendet vid avslutet.", null, null, boende.antal()),
                new Indikator("avslutsorsaker", "Avslutsorsaker", "antal",
                        "De avslutade ärendena under perioden fördelade på avslutsblankettens orsak; enheten följer dem"
                                + " månatligen.", null, null, orsaker.antal()),
                new Indikator("avslut-utan-kontakt", "Avslutade utan kontakt med klienten", "andel",
                        "Andel av de ärenden som avslutades under perioden där orsaken var att kontakten med klienten"
                                + " upphörde (efter dokumenterade kontaktförsök). Kontaktförsöken finns för att hålla den nere.",
                        null, null, utanKontakt.andelar()),
                mediandagar(urval, dagar));
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
