package se.hemvag.uppfoljning;

import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import se.hemvag.avslut.BoendeVidAvslut;
import se.hemvag.sektion.Sektion;
import se.hemvag.uppfoljning.Indelning.Rapportperiod;
import se.hemvag.uppfoljning.Indikator.Matt;
import se.hemvag.uppfoljning.Indikator.Rad;

/**
 * The unit's indicators, counted from the reporting table rapport_avslut and the domain tables the
 * process steps write (never from the engine's history), women and men apart and in total.
 * Each indicator's definition is in INDIKATORER.md; the short Swedish one travels with the figures.
 */
@Service
public class Indikatorer {

    /** A return is a new application within this many days of a closure. */
    static final int ATERKOMST_INOM_DAGAR = 365;
    /** The group of a per-section indicator that adds up every section. */
    static final String HELA_ENHETEN = "hela-enheten";

    private static final String AR = "extract(year from %s)";
    private static final String MANAD = "extract(month from %s)";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /**
     * A report's parts run side by side, each on a connection of its own: as many at once as the
     * machine has cores (two to four), since the database works on the same cores (BENCHMARKS.md).
     */
    private final ExecutorService delar = Executors.newFixedThreadPool(
            Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())), uppgift -> {
        Thread trad = new Thread(uppgift, "indikatorer");
        trad.setDaemon(true);
        return trad;
    });
    private final BigDecimal malStadigvarandeBoende;
    private final BigDecimal malAterkomst;
    private final BigDecimal malEgenForsorjning;
    private final Set<String> placeringstyper;

    Indikatorer(JdbcTemplate jdbc, Clock clock,
                @Value("${hemvag.mal.stadigvarande-boende:0.40}") BigDecimal malStadigvarandeBoende,
                @Value("${hemvag.mal.aterkomst-inom-ar:0.15}") BigDecimal malAterkomst,
                @Value("${hemvag.mal.egen-forsorjning:0.25}") BigDecimal malEgenForsorjning,
                @Value("${hemvag.placering.insatstyper:AKUTBOENDE,STODBOENDE,BEHANDLING}") Set<String> placeringstyper) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.malStadigvarandeBoende = malStadigvarandeBoende;
        this.malAterkomst = malAterkomst;
        this.malEgenForsorjning = malEgenForsorjning;
        this.placeringstyper = placeringstyper;
    }

    public record Rapport(LocalDate fran, LocalDate till, Indelning indelning, String sektion, LocalDate idag,
                          List<Indikator> indikatorer) {
    }

    /** Every indicator for the periods from fran to till; with a section, that section's cases only. */
    public Rapport rapport(LocalDate fran, LocalDate till, Indelning indelning, Sektion sektion) {
        Urval urval = new Urval(fran, till, indelning.perioder(fran, till), sektion == null ? null : sektion.gruppId(),
                LocalDate.now(clock));
        // the placements take longest: started first
        CompletableFuture<List<Indikator>> placeringar = del(() -> placeringar(urval));
        List<CompletableFuture<List<Indikator>>> iOrdning = List.of(del(() -> avslut(urval)), del(() -> flode(urval)),
                del(() -> sip(urval)), del(() -> forsokslagenheter(urval)), placeringar);
        List<Indikator> indikatorer = new ArrayList<>();
        for (CompletableFuture<List<Indikator>> del : iOrdning) {
            try {
                indikatorer.addAll(del.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException fel ? fel : e;
            }
        }
        return new Rapport(fran, till, indelning, urval.sektion(), urval.idag(), indikatorer);
    }

    private CompletableFuture<List<Indikator>> del(Supplier<List<Indikator>> indikatorer) {
        return CompletableFuture.supplyAsync(indikatorer, delar);
    }

    @PreDestroy
    void stang() {
        delar.shutdownNow();
    }

    /** What a report covers, and the section condition each query adds to its own column. */
    private record Urval(LocalDate fran, LocalDate till, List<Rapportperiod> perioder, String sektion, LocalDate idag) {

        String och(String kolumn) {
            return sektion == null ? "" : " and " + kolumn + " = ?";
        }

        Object[] parametrar(Object... fasta) {
            List<Object> alla = new ArrayList<>(Arrays.asList(fasta));
            if (sektion != null) {
                alla.add(sektion);
            }
            return alla.toArray();
        }

        Summor summor() {
            return new Summor(perioder);
        }
    }

    /** How many rows per month and sex (the case's), dated by a column in fran–till. */
    private Summor antalPerManad(Urval urval, String datum, String tabeller, String villkor, String sektionskolumn) {
        Summor summor = urval.summor();
        jdbc.query("select " + perManad(datum) + ", a.kon, count(*) from " + tabeller
                        + " where " + datum + " between ? and ?" + villkor + urval.och(sektionskolumn)
                        + " group by " + perManad(datum) + ", a.kon",
                rs -> {
                    summor.lagg(null, rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getLong(4), 0);
                }, urval.parametrar(Date.valueOf(urval.fran()), Date.valueOf(urval.till())));
        return summor;
    }

    private static String perManad(String kolumn) {
        return AR.formatted(kolumn) + ", " + MANAD.formatted(kolumn);
    }

    /** The period's closures, read once from the reporting table: six indicators. */
    private List<Indikator> avslut(Urval urval) {
        LocalDate bedomsTill = urval.idag().minusDays(ATERKOMST_INOM_DAGAR);
        Summor stadigvarande = urval.summor();
        Summor forsorjning = urval.summor();
        Summor aterkomst = urval.summor();
        Summor antal = urval.summor();
        Summor boende = urval.summor().medGrupper(Arrays.stream(BoendeVidAvslut.values()).map(Enum::name).toList());
        // per period and sex (2 = in total): days → how many closures took that long
        List<List<TreeMap<Integer, Long>>> dagar = new ArrayList<>();
        for (int p = 0; p < urval.perioder().size(); p++) {
            dagar.add(List.of(new TreeMap<>(), new TreeMap<>(), new TreeMap<>()));
        }
        jdbc.query("select avslutsdatum, kon, stadigvarande, egen_forsorjning, aterkomst_inom_ar, boende, dagar"
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
                    boende.laggIPeriod(rs.getString(6), period, kon, 1, 0);
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
                new Indikator("egen-forsorjning", "Avslut till egen försörjning", "andel",
                        "Andel av de ärenden med ekonomiskt bistånd som avslutades under perioden där klienten hade egen"
                                + " försörjning vid avslutet. Ärenden utan ekonomiskt bistånd räknas inte.", malEgenForsorjning,
                        "minst", forsorjning.andelar()),
                new Indikator("avslut", "Avslutade ärenden", "antal",
                        "Ärenden avslutade med avslutsblanketten under perioden. Ärenden som lämnades över vid"
                                + " tillhörighetsutredningen räknas inte.", null, null, antal.antal()),
                new Indikator("boende-vid-avslut", "Boende vid avslut", "antal",
                        "De avslutade ärendena under perioden fördelade på boendet vid avslutet.", null, null, boende.antal()),
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

    /**
     * New applications, and open cases on each period's last day per responsible section: those
     * open when the report starts, plus those opened, minus those closed, month by month.
     */
    private List<Indikator> flode(Urval urval) {
        Summor nya = urval.summor();
        Summor summor = urval.summor().medGrupper(handlaggandeSektioner(urval));
        Map<String, long[]> vidStart = new HashMap<>();
        String sektion = "coalesce(a.ansvarig_sektion, '" + Sektion.MOTTAGNINGEN.gruppId() + "')";
        jdbc.query("select " + sektion + ", a.kon, count(*) from arende a"
                        + " where a.ansokningsdatum < ? and (a.avslutad is null or a.avslutad >= ?)" + urval.och("a.ansvarig_sektion")
                        + " group by " + sektion + ", a.kon",
                rs -> {
                    vidStart.computeIfAbsent(rs.getString(1), s -> new long[2])[Summor.KVINNA.equals(rs.getString(2)) ? 0 : 1]
                            += rs.getLong(3);
                }, urval.parametrar(Date.valueOf(urval.fran()), Date.valueOf(urval.fran())));
        // per day, in the order of the indexes; numerator: opened that day, denominator: closed that day
        for (String datum : List.of("a.ansokningsdatum", "a.avslutad")) {
            boolean oppnade = datum.equals("a.ansokningsdatum");
            jdbc.query("select " + datum + ", a.kon, a.ansvarig_sektion, count(*) from arende a"
                            + " where " + datum + " between ? and ?" + urval.och("a.ansvarig_sektion")
                            + " group by " + datum + ", a.kon, a.ansvarig_sektion",
                    rs -> {
                        LocalDate dag = rs.getDate(1).toLocalDate();
                        String grupp = rs.getString(3) == null ? Sektion.MOTTAGNINGEN.gruppId() : rs.getString(3);
                        long antal = rs.getLong(4);
                        summor.lagg(grupp, dag.getYear(), dag.getMonthValue(), rs.getString(2), oppnade ? antal : 0,
                                oppnade ? 0 : antal);
                        if (oppnade) {
                            nya.lagg(null, dag.getYear(), dag.getMonthValue(), rs.getString(2), antal, 0);
                        }
                    }, urval.parametrar(Date.valueOf(urval.fran()), Date.valueOf(urval.till())));
        }
        summor.medGrupper(vidStart.keySet());
        List<Rad> rader = new ArrayList<>();
        for (String grupp : summor.grupper()) {
            long[] antal = vidStart.getOrDefault(grupp, new long[2]).clone();
            for (int p = 0; p < urval.perioder().size(); p++) {
                long[][] manad = summor.summor(grupp, p);
                antal[0] += manad[0][0] - manad[0][1];
                antal[1] += manad[1][0] - manad[1][1];
                Rapportperiod period = urval.perioder().get(p);
                rader.add(new Rad(period.namn(), period.fran(), period.till(), grupp, Matt.antal(antal[0]),
                        Matt.antal(antal[1]), Matt.antal(antal[0] + antal[1])));
            }
        }
        return List.of(
                new Indikator("nya-ansokningar", "Nya ansökningar", "antal",
                        "Ansökningar registrerade under perioden (ärendets ansökningsdatum).", null, null, nya.antal()),
                new Indikator("aktiva-arenden", "Aktiva ärenden per sektion", "antal",
                        "Öppna ärenden periodens sista dag, per ansvarig sektion (ärenden under tillhörighetsutredning hos"
                                + " mottagningen). Ärendet räknas på den sektion som är ansvarig nu.", null, null, summera(rader)));
    }

    private static List<String> handlaggandeSektioner(Urval urval) {
        return urval.sektion() != null ? List.of(urval.sektion()) : Arrays.stream(Sektion.values())
                .filter(s -> s != Sektion.ADMINISTRATIONEN).map(Sektion::gruppId).toList();
    }

    private List<Indikator> sip(Urval urval) {
        Summor erbjuden = urval.summor();
        Summor accepterad = urval.summor();
        // per day, in the order of the index
        jdbc.query("select s.behov_registrerat, s.kon, count(*),"
                        + " sum(case when s.erbjuden is not null then 1 else 0 end),"
                        + " sum(case when s.svar = 'ACCEPTERAT' then 1 else 0 end)"
                        + " from sip s where s.behov_registrerat between ? and ?" + urval.och("s.sektion")
                        + " group by s.behov_registrerat, s.kon",
                rs -> {
                    LocalDate dag = rs.getDate(1).toLocalDate();
                    erbjuden.lagg(null, dag.getYear(), dag.getMonthValue(), rs.getString(2), rs.getLong(4), rs.getLong(3));
                    accepterad.lagg(null, dag.getYear(), dag.getMonthValue(), rs.getString(2), rs.getLong(5), rs.getLong(3));
                }, urval.parametrar(Date.valueOf(urval.fran()), Date.valueOf(urval.till())));
        String population = " av de ärenden där SIP skulle erbjudas under perioden (varje beviljat ärende i Vuxensektionen"
                + " och Vård- och omsorgssektionen, i andra sektioner när hälso- och sjukvården är involverad, och SIP"
                + " startad av handläggaren; regeln är Decision_SipErbjuds).";
        return List.of(
                new Indikator("sip-erbjuden", "SIP erbjuden", "andel", "Andel där klienten erbjöds SIP" + population,
                        null, null, erbjuden.andelar()),
                new Indikator("sip-accepterad", "SIP accepterad", "andel", "Andel där klienten tackade ja till SIP" + population,
                        null, null, accepterad.andelar()));
    }

    private List<Indikator> forsokslagenheter(Urval urval) {
        Summor aktiva = urval.summor();
        jdbc.query("select f.inflyttning, f.avslutad, a.kon from forsokslagenhet f join arende a on a.id = f.arende_id"
                        + ""
                        + " where f.inflyttning <= ? and (f.avslutad is null or f.avslutad >= ?)" + urval.och("a.ansvarig_sektion"),
                rs -> {
                    LocalDate inflyttning = rs.getDate(1).toLocalDate();
                    LocalDate avslutad = rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate();
                    for (int p = 0; p < urval.perioder().size(); p++) {
                        LocalDate sista = urval.perioder().get(p).till();
                        if (!inflyttning.isAfter(sista) && (avslutad == null || avslutad.isAfter(sista))) {
                            aktiva.laggIPeriod(null, p, rs.getString(3), 1, 0);
                        }
                    }
                }, urval.parametrar(Date.valueOf(urval.till()), Date.valueOf(urval.fran())));

        String klienten = " join arende a on a.id = f.arende_id";
        Summor overtagna = antalPerManad(urval, "f.avslutad", "forsokslagenhet f" + klienten, " and f.status = 'OVERTAGEN'",
                "a.ansvarig_sektion");
        Summor avvikelser = antalPerManad(urval, "v.motesdatum", "avvikelse v join forsokslagenhet f on f.id = v.forsokslagenhet_id"
                + klienten, "", "a.ansvarig_sektion");

        Summor narvaro = urval.summor();
        jdbc.query("select " + perManad("t.borjar") + ", a.kon, sum(case when c.narvarande then 1 else 0 end), count(*)"
                        + " from lagenhetsinfo_kallelse c join lagenhetsinfo_tillfalle t on t.id = c.tillfalle_id"
                        + " join forsokslagenhet f on f.id = c.forsokslagenhet_id join arende a on a.id = f.arende_id"
                        + ""
                        + " where c.narvarande is not null and t.borjar >= ? and t.borjar < ?" + urval.och("a.ansvarig_sektion")
                        + " group by " + perManad("t.borjar") + ", a.kon",
                rs -> {
                    narvaro.lagg(null, rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getLong(5));
                }, urval.parametrar(java.sql.Timestamp.valueOf(urval.fran().atStartOfDay()),
                        java.sql.Timestamp.valueOf(urval.till().plusDays(1).atStartOfDay())));

        Summor besok = antalPerManad(urval, "t.datum", "hyran_forst_besok b join hyran_forst_tillfalle t on t.id = b.tillfalle_id"
                + " join arende a on a.id = b.arende_id", "", "a.ansvarig_sektion");

        return List.of(
                new Indikator("forsokslagenheter-aktiva", "Försökslägenheter, boende", "antal",
                        "Klienter som bor i en försökslägenhet periodens sista dag (inflyttade och inte avslutade).",
                        null, null, aktiva.antal()),
                new Indikator("kontraktsovertaganden", "Kontraktsövertaganden", "antal",
                        "Försökslägenheter vars kontrakt klienten tog över under perioden.", null, null, overtagna.antal()),
                new Indikator("avvikelser", "Avvikelser i försökslägenhet", "antal",
                        "Avvikelsemöten under perioden (förlängd prövotid eller uppsägning).", null, null, avvikelser.antal()),
                new Indikator("lagenhetsinfo-narvaro", "Närvaro på Lägenhetsinfo", "andel",
                        "Andel av de kallade till Lägenhetsinfo under perioden som kom, bland dem vars närvaro är registrerad.",
                        null, null, narvaro.andelar()),
                new Indikator("hyran-forst-besok", "Besök på Hyran först", "antal",
                        "Registrerade besök på Hyran först-tillfällen under perioden.", null, null, besok.antal()));
    }

    /** Placement days and their cost per section, the figures the sections kept in Excel lists. */
    private List<Indikator> placeringar(Urval urval) {
        Summor dygn = urval.summor().medGrupper(handlaggandeSektioner(urval));
        Summor kostnad = urval.summor().medGrupper(handlaggandeSektioner(urval));
        String typer = placeringstyper.stream().map(t -> "'" + t.replace("'", "") + "'").collect(Collectors.joining(", "));
        // a placement day is a night: from the start date up to the end date; one under way counts up to today
        LocalDate tillOchMed = urval.till().isBefore(urval.idag()) ? urval.till() : urval.idag();
        jdbc.query("select i.startdatum, i.slutdatum, i.kostnad_per_dygn, i.sektion, i.kon from insats i"
                        + " where i.typ in (" + typer + ") and i.startdatum <= ? and (i.slutdatum is null or i.slutdatum > ?)"
                        + urval.och("i.sektion"),
                rs -> {
                    LocalDate start = rs.getDate(1).toLocalDate();
                    LocalDate slut = rs.getDate(2) == null ? urval.idag().plusDays(1) : rs.getDate(2).toLocalDate();
                    // the cost the intervention was registered with: a free placement costs nothing
                    int perDygn = rs.getInt(3);
                    for (int p = 0; p < urval.perioder().size(); p++) {
                        Rapportperiod period = urval.perioder().get(p);
                        LocalDate fran = start.isAfter(period.fran()) ? start : period.fran();
                        LocalDate till = slut.isBefore(period.till().plusDays(1)) ? slut : period.till().plusDays(1);
                        long antal = Math.max(0, ChronoUnit.DAYS.between(fran, till));
                        if (antal > 0) {
                            dygn.laggIPeriod(rs.getString(4), p, rs.getString(5), antal, 0);
                            kostnad.laggIPeriod(rs.getString(4), p, rs.getString(5), antal * perDygn, 0);
                        }
                    }
                }, urval.parametrar(Date.valueOf(tillOchMed), Date.valueOf(urval.fran())));
        String vilka = "Placeringar (" + String.join(", ", placeringstyper) + ") per sektion som beslutade insatsen. Ett dygn"
                + " räknas från startdatum fram till slutdatum; en pågående placering räknas till och med i dag.";
        return List.of(
                new Indikator("placeringsdygn", "Placeringsdygn", "antal", vilka, null, null, summera(dygn.antal())),
                new Indikator("placeringskostnad", "Placeringskostnad", "kronor", vilka + " Kostnaden är den dygnskostnad"
                        + " insatsen registrerades med.", null, null, summera(kostnad.antal())));
    }

    /** Adds a row per period for the whole unit after the rows per section. */
    private static List<Rad> summera(List<Rad> perSektion) {
        Map<String, long[]> hela = new LinkedHashMap<>();
        Map<String, Rad> perioder = new LinkedHashMap<>();
        for (Rad rad : perSektion) {
            long[] summa = hela.computeIfAbsent(rad.period(), p -> new long[3]);
            summa[0] += rad.kvinnor().antal();
            summa[1] += rad.man().antal();
            summa[2] += rad.totalt().antal();
            perioder.putIfAbsent(rad.period(), rad);
        }
        List<Rad> rader = new ArrayList<>(perSektion);
        perioder.forEach((namn, rad) -> {
            long[] summa = hela.get(namn);
            rader.add(new Rad(namn, rad.fran(), rad.till(), HELA_ENHETEN, Matt.antal(summa[0]), Matt.antal(summa[1]),
                    Matt.antal(summa[2])));
        });
        return rader;
    }
}
