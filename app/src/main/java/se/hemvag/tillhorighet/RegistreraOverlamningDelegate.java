package se.hemvag.tillhorighet;

import static se.hemvag.tillhorighet.TillhorighetProcessen.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.ArendeStatus;
import se.hemvag.arende.Arenden;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.security.InloggadAnvandare;

/**
 * Records the handover to the district (länka till stadsdel) or, for a client under 20, the
 * referral to the responsible social services, and closes the case here.
 */
@Component("registreraOverlamningDelegate")
class RegistreraOverlamningDelegate implements JavaDelegate {

    private final OverlamningRepository overlamningar;
    private final Arenden arenden;
    private final InloggadAnvandare inloggad;

    RegistreraOverlamningDelegate(OverlamningRepository overlamningar, Arenden arenden, InloggadAnvandare inloggad) {
        this.overlamningar = overlamningar;
        this.arenden = arenden;
        this.inloggad = inloggad;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        Tillhorighet anledning = tillhorighet(execution);
        String mottagare = anledning == Tillhorighet.LANKA_TILL_STADSDEL
                ? stadsdelsforvaltning(form.val(Falt.STADSDEL, Stadsdel.class, "Stadsdel"))
                : form.kravdText(Falt.MOTTAGARE, "Mottagande socialtjänst");
        Overlamningssatt satt = form.val(Falt.OVERLAMNINGSSATT, Overlamningssatt.class, "Hur ärendet lämnades över");
        if (satt == null) {
            throw new OgiltigtFormularException("Ange hur ärendet lämnades över.");
        }
        Overlamning overlamning = overlamningar.save(new Overlamning(
                arenden.iProcessen(execution).getId(),
                anledning,
                mottagare,
                form.kravtDatum(Falt.OVERLAMNINGSDATUM, "Datum för överlämningen"),
                satt,
                form.text(Falt.KONTAKTPERSON),
                form.text(Falt.OVERLAMNING_ANTECKNING),
                inloggad.id()));
        arenden.hamta(overlamning.getArendeId()).overlamnad(
                anledning == Tillhorighet.LANKA_TILL_STADSDEL ? ArendeStatus.LANKAD_TILL_STADSDEL : ArendeStatus.HANVISAD,
                overlamning.getOverlamningsdatum(), mottagare);
        execution.removeVariable(Falt.OVERLAMNING_ANTECKNING.nyckel());
    }

    private static String stadsdelsforvaltning(Stadsdel stadsdel) {
        if (stadsdel == null) {
            throw new OgiltigtFormularException("Ange vilken stadsdel ärendet lämnas över till.");
        }
        return stadsdel.namn() + " stadsdelsförvaltning";
    }
}
