package se.hemvag.rapport;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.hemvag.rapport.Indelning.Rapportperiod;

/** Placement days and their cost per section (the figures the sections kept in Excel). */
@Component
class PlaceringIndikatorer implements Indikatorgrupp {

    private final JdbcTemplate jdbc;
    private final Set<String> placeringstyper;

    PlaceringIndikatorer(JdbcTemplate jdbc,
                         @Value("${hemvag.placering.insatstyper:AKUTBOENDE,STODBOENDE,BEHANDLING}") Set<String> placeringstyper) {
        this.jdbc = jdbc;
        this.placeringstyper = placeringstyper;
    }

    /** Placement days and their cost per section, the figures the sections kept in Excel lists. */
    @Override
    public List<Indikator> rakna(Urval urval) {
        Summor dygn = urval.summor().medGrupper(urval.handlaggandeSektioner());
        Summor kostnad = urval.summor().medGrupper(urval.handlaggandeSektioner());
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
                new Indikator("placeringsdygn", "Placeringsdygn", "antal", vilka, null, null, "dygn",
                        Summor.medHelaEnheten(dygn.antal())),
                new Indikator("placeringskostnad", "Placeringskostnad", "kronor", vilka + " Kostnaden är den dygnskostnad"
                        + " insatsen registrerades med.", null, null, "kronor", Summor.medHelaEnheten(kostnad.antal())));
    }
}
