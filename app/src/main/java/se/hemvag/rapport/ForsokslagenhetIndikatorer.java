package se.hemvag.rapport;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Trial apartments: active, taken over, deviations, Lägenhetsinfo attendance, Hyran först visits. */
@Component
class ForsokslagenhetIndikatorer implements Indikatorgrupp {

    private final JdbcTemplate jdbc;
    private static final String AR = "extract(year from %s)";
    private static final String MANAD = "extract(month from %s)";

    ForsokslagenhetIndikatorer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Indikator> rakna(Urval urval) {
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
                        null, null, Indikator.INDIVIDER, aktiva.antal()),
                new Indikator("kontraktsovertaganden", "Kontraktsövertaganden", "antal",
                        "Försökslägenheter vars kontrakt klienten tog över under perioden.", null, null, "kontrakt",
                        overtagna.antal()),
                new Indikator("avvikelser", "Avvikelser i försökslägenhet", "antal",
                        "Avvikelsemöten under perioden (förlängd prövotid eller uppsägning).", null, null, "möten",
                        avvikelser.antal()),
                new Indikator("lagenhetsinfo-narvaro", "Närvaro på Lägenhetsinfo", "andel",
                        "Andel av de kallade till Lägenhetsinfo under perioden som kom, bland dem vars närvaro är registrerad.",
                        null, null, "kallade", narvaro.andelar()),
                new Indikator("hyran-forst-besok", "Besök på Hyran först", "antal",
                        "Registrerade besök på Hyran först-tillfällen under perioden.", null, null, "besök", besok.antal()));
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
}
