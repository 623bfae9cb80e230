package se.hemvag.tillhorighet.process;

import static se.hemvag.tillhorighet.TillhorighetProcessen.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.ArendeStatus;
import se.hemvag.arende.Arenden;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.tillhorighet.Overlamning;
import se.hemvag.tillhorighet.OverlamningRepository;
import se.hemvag.tillhorighet.Overlamningssatt;
import se.hemvag.tillhorighet.Stadsdel;
import se.hemvag.tillhorighet.Tillhorighet;

/**
 * Records the handover to the district (länka till stadsdel) or, for a client under 20, the
 * referral to the responsible social services, and closes the case here.
 */
@Component("registreraOverlamningDelegate")
public class RegistreraOverlamningDelegate implements JavaDelegate {

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
        Tillhorighet anledning = Tillhorighet.valueOf(form.kravdText(TILLHORIGHET, "Tillhörighetsbeslut"));
        String mottagare = anledning == Tillhorighet.LANKA_TILL_STADSDEL
                ? stadsdelsforvaltning(form.val(STADSDEL, Stadsdel.class, "Stadsdel"))
                : form.kravdText(MOTTAGARE, "Mottagande socialtjänst");
        Overlamningssatt satt = form.val(OVERLAMNINGSSATT, Overlamningssatt.class, "Hur ärendet lämnades över");
        if (satt == null) {
            throw new OgiltigtFormularException("Ange hur ärendet lämnades över.");
        }
        Overlamning overlamning = overlamningar.save(new Overlamning(
                arenden.iProcessen(execution).getId(),
                anledning,
                mottagare,
                form.kravtDatum(OVERLAMNINGSDATUM, "Datum för överlämningen"),
                satt,
                form.text(KONTAKTPERSON),
                form.text(OVERLAMNING_ANTECKNING),
                inloggad.id()));
        arenden.hamta(overlamning.getArendeId()).overlamnad(
                anledning == Tillhorighet.LANKA_TILL_STADSDEL ? ArendeStatus.LANKAD_TILL_STADSDEL : ArendeStatus.HANVISAD,
                overlamning.getOverlamningsdatum(), mottagare);
        execution.removeVariable(OVERLAMNING_ANTECKNING);
    }

    private static String stadsdelsforvaltning(Stadsdel stadsdel) {
        if (stadsdel == null) {
            throw new OgiltigtFormularException("Ange vilken stadsdel ärendet lämnas över till.");
        }
        return stadsdel.namn() + " stadsdelsförvaltning";
    }
}
