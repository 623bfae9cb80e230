package se.hemvag.rapport;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.hemvag.rapport.Indelning.Rapportperiod;
import se.hemvag.rapport.Indikator.Matt;
import se.hemvag.rapport.Indikator.Rad;
import se.hemvag.sektion.Sektion;

/** The flow: new applications, and the open cases per section at each period's end. */
@Component
class FlodeIndikatorer implements Indikatorgrupp {

    private final JdbcTemplate jdbc;

    FlodeIndikatorer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * New applications, and open cases on each period's last day per responsible section: those
     * open when the report starts, plus those opened, minus those closed, month by month.
     */
    @Override
    public List<Indikator> rakna(Urval urval) {
        Summor nya = urval.summor();
        Summor summor = urval.summor().medGrupper(urval.handlaggandeSektioner());
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
                                + " mottagningen). Ärendet räknas på den sektion som är ansvarig nu.", null, null, Summor.medHelaEnheten(rader)));
    }
}
