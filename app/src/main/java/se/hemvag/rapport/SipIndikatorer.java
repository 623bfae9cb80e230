package se.hemvag.rapport;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.hemvag.sektion.Sektion;

/** SIP offered and accepted, among the cases where a SIP was to be offered. */
@Component
class SipIndikatorer implements Indikatorgrupp {

    /** The support sections, whose caseworkers always offer to convene a SIP. */
    static final List<Sektion> STODSEKTIONER = List.of(Sektion.VUXEN, Sektion.VARD_OCH_OMSORG);

    private final JdbcTemplate jdbc;

    SipIndikatorer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Indikator> rakna(Urval urval) {
        Summor erbjuden = urval.summor();
        Summor accepterad = urval.summor();
        List<String> stodsektioner = STODSEKTIONER.stream().map(Sektion::gruppId)
                .filter(s -> urval.sektion() == null || urval.sektion().equals(s)).toList();
        Summor iStodsektionerna = urval.summor().medGrupper(stodsektioner);
        // per day, in the order of the index
        jdbc.query("select s.behov_registrerat, s.kon, s.sektion, count(*),"
                        + " sum(case when s.erbjuden is not null then 1 else 0 end),"
                        + " sum(case when s.svar = 'ACCEPTERAT' then 1 else 0 end)"
                        + " from sip s where s.behov_registrerat between ? and ?" + urval.och("s.sektion")
                        + " group by s.behov_registrerat, s.kon, s.sektion",
                rs -> {
                    LocalDate dag = rs.getDate(1).toLocalDate();
                    String kon = rs.getString(2);
                    erbjuden.lagg(null, dag.getYear(), dag.getMonthValue(), kon, rs.getLong(5), rs.getLong(4));
                    accepterad.lagg(null, dag.getYear(), dag.getMonthValue(), kon, rs.getLong(6), rs.getLong(4));
                    if (stodsektioner.contains(rs.getString(3))) {
                        iStodsektionerna.lagg(rs.getString(3), dag.getYear(), dag.getMonthValue(), kon, rs.getLong(5),
                                rs.getLong(4));
                    }
                }, urval.parametrar(Date.valueOf(urval.fran()), Date.valueOf(urval.till())));
        String population = " av de ärenden där SIP skulle erbjudas under perioden (varje beviljat ärende i Vuxensektionen"
                + " och Vård- och omsorgssektionen, i andra sektioner när hälso- och sjukvården är involverad, och SIP"
                + " startad av handläggaren; regeln är Decision_SipErbjuds).";
        return List.of(
                new Indikator("sip-erbjuden", "SIP erbjuden", "andel", "Andel där klienten erbjöds SIP" + population,
                        null, null, erbjuden.andelar()),
                new Indikator("sip-accepterad", "SIP accepterad", "andel", "Andel där klienten tackade ja till SIP" + population,
                        null, null, accepterad.andelar()),
                new Indikator("sip-erbjuden-stodsektioner", "SIP erbjuden i stödsektionerna", "andel",
                        "Per stödsektion (Vuxensektionen, Vård- och omsorgssektionen), där handläggarna alltid ska erbjuda"
                                + " att sammankalla till SIP: andel av sektionens ärenden där SIP skulle erbjudas under perioden"
                                + " (varje beviljat ärende, och SIP startad av handläggaren) där klienten erbjöds SIP.",
                        null, null, stodsektioner.isEmpty() ? List.of() : iStodsektionerna.andelar()));
    }
}
