package se.hemvag.avslut;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Arenden;
import se.hemvag.avslut.AvslutProcessen.Falt;
import se.hemvag.avslut.Avslutningar.Avslutsblankett;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;

/** The avslutningsblankett, read from the form and handed to the closing service. */
@Component("registreraAvslutDelegate")
class RegistreraAvslutDelegate implements JavaDelegate {

    private final Avslutningar avslutningar;
    private final Arenden arenden;
    private final Kontaktbevakning kontaktbevakning;

    RegistreraAvslutDelegate(Avslutningar avslutningar, Arenden arenden, Kontaktbevakning kontaktbevakning) {
        this.avslutningar = avslutningar;
        this.arenden = arenden;
        this.kontaktbevakning = kontaktbevakning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        Avslutsorsak orsak = form.val(Falt.AVSLUTSORSAK, Avslutsorsak.class, "Orsak till avslut");
        BoendeVidAvslut boende = form.val(Falt.BOENDE_VID_AVSLUT, BoendeVidAvslut.class, "Boende vid avslut");
        EgenForsorjning forsorjning = form.val(Falt.EGEN_FORSORJNING, EgenForsorjning.class, "Egen försörjning");
        if (orsak == null || boende == null || forsorjning == null) {
            throw new OgiltigtFormularException("Fyll i orsak, boende vid avslut och egen försörjning.");
        }
        LocalDate datum = form.kravtDatum(Falt.AVSLUTSDATUM, "Avslutsdatum");
        Arende arende = arenden.iProcessen(execution);
        avslutningar.avsluta(arende, new Avslutsblankett(orsak, boende, forsorjning, datum, form.text(Falt.AVSLUT_ANTECKNING)),
                inteHordAvNarAvslutetBorjade(execution, arende));
        execution.removeVariables(List.of("avslutAnteckning"));
    }

    /**
     * Not heard from both when the closure began (set by ArendeProcess) and still now: time passing
     * while the form waits never makes the rule stricter, and a client who got in touch since relaxes it.
     */
    private boolean inteHordAvNarAvslutetBorjade(DelegateExecution execution, Arende arende) {
        boolean nu = kontaktbevakning.behoverKontaktforsok(arende.getId());
        return execution.getVariable(AvslutProcessen.INTE_HORD_AV_VID_AVSLUT) instanceof Boolean vidAvslut
                ? vidAvslut && nu : nu;
    }
}
