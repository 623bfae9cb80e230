package se.hemvag.rapport;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A section's placements person by person (the lists the sections kept in Excel): each placement
 * with its nights and cost within a span of days. A night counts from the start date up to the end
 * date; one without an end date runs on to the last day counted.
 */
@Service
class Placeringar {

    private final JdbcTemplate jdbc;
    private final Set<String> typer;

    Placeringar(JdbcTemplate jdbc,
                @Value("${hemvag.placering.insatstyper:AKUTBOENDE,STODBOENDE,BEHANDLING}") Set<String> typer) {
        this.jdbc = jdbc;
        this.typer = typer;
    }

    /** The section's placements with nights from {@code fran} up to and including {@code tillOchMed}. */
    List<Placering> under(String sektion, LocalDate fran, LocalDate tillOchMed) {
        List<Placering> placeringar = new ArrayList<>();
        if (tillOchMed.isBefore(fran)) {
            return placeringar;
        }
        String iTyper = String.join(", ", typer.stream().map(t -> "?").toList());
        List<Object> parametrar = new ArrayList<>(typer);
        parametrar.addAll(List.of(sektion, Date.valueOf(tillOchMed), Date.valueOf(fran)));
        jdbc.query("select a.arendenummer, k.fornamn, k.efternamn, i.typ, i.utforare, i.startdatum, i.slutdatum,"
                        + " i.kostnad_per_dygn from insats i join arende a on a.id = i.arende_id join klient k on k.id = a.klient_id"
                        + " where i.typ in (" + iTyper + ") and i.sektion = ? and i.startdatum <= ?"
                        + " and (i.slutdatum is null or i.slutdatum > ?) order by a.arendenummer, i.startdatum",
                rs -> {
                    LocalDate start = rs.getDate(6).toLocalDate();
                    LocalDate slut = rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate();
                    LocalDate forsta = start.isAfter(fran) ? start : fran;
                    LocalDate efterSista = slut != null && slut.isBefore(tillOchMed.plusDays(1)) ? slut : tillOchMed.plusDays(1);
                    long dygn = Math.max(0, ChronoUnit.DAYS.between(forsta, efterSista));
                    if (dygn > 0) {
                        int perDygn = rs.getInt(8);
                        placeringar.add(new Placering(rs.getString(1), rs.getString(2) + " " + rs.getString(3), rs.getString(4),
                                rs.getString(5), start, slut, perDygn, dygn, dygn * perDygn));
                    }
                }, parametrar.toArray());
        return placeringar;
    }

    /** One placement of one person within the span asked for. */
    record Placering(String arendenummer, String klient, String insatstyp, String utforare, LocalDate startdatum,
                     LocalDate slutdatum, int kostnadPerDygn, long dygn, long kostnad) {
    }
}
