package se.hemvag.forsokslagenhet;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen.Falt;

/** A Lägenhetsinfo session is planned; the clients waiting for one are invited to it. */
@Component("planeraLagenhetsinfoDelegate")
class PlaneraLagenhetsinfoDelegate implements JavaDelegate {

    private static final int MAX_KAPACITET = 50;

    private final Lagenhetsinfo lagenhetsinfo;
    private final Clock clock;

    PlaneraLagenhetsinfoDelegate(Lagenhetsinfo lagenhetsinfo, Clock clock) {
        this.lagenhetsinfo = lagenhetsinfo;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        LocalDate datum = form.kravtDatum(Falt.TILLFALLE_DATUM, "Datum");
        LocalTime klockslag;
        try {
            klockslag = LocalTime.parse(form.kravdText(Falt.TILLFALLE_KLOCKSLAG, "Klockslag"));
        } catch (DateTimeParseException e) {
            throw new OgiltigtFormularException("Klockslaget ska skrivas TT:MM, t.ex. 13:00.");
        }
        Instant borjar = datum.atTime(klockslag).atZone(clock.getZone()).toInstant();
        if (!borjar.isAfter(clock.instant())) {
            throw new OgiltigtFormularException("Tillfället (" + datum + " " + klockslag + ") ska ligga i framtiden.");
        }
        int kapacitet = form.kravtHeltal(Falt.KAPACITET, "Antal platser");
        if (kapacitet < 1 || kapacitet > MAX_KAPACITET) {
            throw new OgiltigtFormularException("Antal platser ska vara mellan 1 och " + MAX_KAPACITET + ".");
        }
        LagenhetsinfoTillfalle tillfalle = lagenhetsinfo.planera(borjar, form.kravdText(Falt.PLATS, "Plats"), kapacitet,
                form.kravdText(Falt.LEDARE, "Ledare"));
        execution.setProcessBusinessKey("Lägenhetsinfo " + datum + " " + klockslag);
        execution.setVariable(ForsokslagenhetProcessen.TILLFALLE_ID, tillfalle.getId());
    }
}
