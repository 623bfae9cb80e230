package se.hemvag.avslut.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.Arenden;
import se.hemvag.arende.Formularvarden;
import se.hemvag.arende.OgiltigtFormularException;
import se.hemvag.avslut.ArendeAvslutat;
import se.hemvag.avslut.Avslut;
import se.hemvag.avslut.AvslutRepository;
import se.hemvag.avslut.AvslutUtanKontakt;
import se.hemvag.avslut.Avslutsorsak;
import se.hemvag.avslut.BoendeVidAvslut;
import se.hemvag.avslut.EgenForsorjning;
import se.hemvag.security.InloggadAnvandare;

/**
 * Stores the avslutningsblankett and closes the case, in the same transaction. Processes about the
 * case that are still under way (a SIP, a trial apartment) are told, so they stop.
 */
@Component("registreraAvslutDelegate")
public class RegistreraAvslutDelegate implements JavaDelegate {

    private final AvslutRepository avslut;
    private final Arenden arenden;
    private final InloggadAnvandare inloggad;
    private final AvslutUtanKontakt avslutUtanKontakt;
    private final Clock clock;
    private final RuntimeService runtimeService;
    private final ApplicationEventPublisher handelser;

    RegistreraAvslutDelegate(AvslutRepository avslut, Arenden arenden, InloggadAnvandare inloggad,
                             AvslutUtanKontakt avslutUtanKontakt, Clock clock, RuntimeService runtimeService,
                             ApplicationEventPublisher handelser) {
        this.runtimeService = runtimeService;
        this.handelser = handelser;
        this.avslut = avslut;
        this.avslutUtanKontakt = avslutUtanKontakt;
        this.arenden = arenden;
        this.inloggad = inloggad;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        Avslutsorsak orsak = form.val("avslutsorsak", Avslutsorsak.class, "Orsak till avslut");
        BoendeVidAvslut boende = form.val("boendeVidAvslut", BoendeVidAvslut.class, "Boende vid avslut");
        EgenForsorjning forsorjning = form.val("egenForsorjning", EgenForsorjning.class, "Egen försörjning");
        if (orsak == null || boende == null || forsorjning == null) {
            throw new OgiltigtFormularException("Fyll i orsak, boende vid avslut och egen försörjning.");
        }
        LocalDate datum = form.kravtDatumSenast("avslutsdatum", "Avslutsdatum", LocalDate.now(clock));
        Long arendeId = arenden.iProcessen(execution).getId();
        Arende arende = arenden.hamta(arendeId);
        if (datum.isBefore(arende.getAnsokningsdatum())) {
            throw new OgiltigtFormularException("Avslutsdatumet " + datum + " ligger före ansökningsdatumet "
                    + arende.getAnsokningsdatum() + ".");
        }
        if (orsak == Avslutsorsak.KONTAKT_UPPHORT) {
            avslutUtanKontakt.kravUppfyllt(arendeId);
        }
        arende.avslutat(datum);
        arenden.avslutaInsatser(arendeId, datum);
        avslut.save(new Avslut(arendeId, orsak, boende, forsorjning, datum, form.text("avslutAnteckning"), inloggad.id()));
        handelser.publishEvent(new ArendeAvslutat(arendeId, datum, orsak, boende, forsorjning));
        execution.removeVariables(List.of("avslutAnteckning"));
        inloggad.somSystem(() -> runtimeService.createMessageCorrelation(ArendeProcessen.MESSAGE_ARENDET_AVSLUTAT)
                .processInstanceBusinessKey(arende.getArendenummer()).correlateAllWithResult());
    }
}
