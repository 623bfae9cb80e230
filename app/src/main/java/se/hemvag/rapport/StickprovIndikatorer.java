package se.hemvag.rapport;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The spot checks of the child perspective (the stickprov module's table): of the sampled investigations,
 * the share reviewed, and of the reviewed the share without a remark; per section and for the whole unit,
 * by the month whose investigations were drawn.
 */
@Component
class StickprovIndikatorer implements Indikatorgrupp {

    private final JdbcTemplate jdbc;

    StickprovIndikatorer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Indikator> rakna(Urval urval) {
        Summor granskade = urval.summor();
        Summor utanAnmarkning = urval.summor();
        List<String> grupper = new ArrayList<>(urval.handlaggandeSektioner());
        if (urval.sektion() == null) {
            grupper.add(Indikatorer.HELA_ENHETEN);
        }
        granskade.medGrupper(grupper);
        utanAnmarkning.medGrupper(grupper);
        jdbc.query("select s.sektion, d.manad, a.kon, count(*), count(s.granskad),"
                        + " sum(case when s.bedomning = 'OK' then 1 else 0 end)"
                        + " from stickprov s join stickprov_dragning d on d.id = s.dragning_id"
                        + " join arende a on a.id = s.arende_id"
                        + " where d.manad between ? and ?" + urval.och("s.sektion")
                        + " group by s.sektion, d.manad, a.kon",
                rs -> {
                    LocalDate manad = rs.getDate(2).toLocalDate();
                    for (String grupp : urval.sektion() == null ? List.of(rs.getString(1), Indikatorer.HELA_ENHETEN)
                            : List.of(rs.getString(1))) {
                        granskade.lagg(grupp, manad.getYear(), manad.getMonthValue(), rs.getString(3), rs.getLong(5), rs.getLong(4));
                        utanAnmarkning.lagg(grupp, manad.getYear(), manad.getMonthValue(), rs.getString(3), rs.getLong(6),
                                rs.getLong(5));
                    }
                }, urval.parametrar(Date.valueOf(urval.fran().withDayOfMonth(1)), Date.valueOf(urval.till())));
        String population = " Månaden är den vars utredningar stickprovet drogs bland (tillhörighetsutredningar klara och"
                + " sektionernas utredningar beslutade under månaden); sektionen är den som gjorde utredningen.";
        return List.of(
                new Indikator("stickprov-granskade", "Stickprov granskade", "andel",
                        "Andel av månadens stickprov i utredningarna som utredningssekreterarna har granskat." + population,
                        null, null, "utredningar", granskade.andelar()),
                new Indikator("stickprov-utan-anmarkning", "Stickprov utan anmärkning", "andel",
                        "Andel av de granskade stickproven där barnperspektivet bedömdes vara beaktat utan anmärkning."
                                + population, null, null, "utredningar", utanAnmarkning.andelar()));
    }
}
