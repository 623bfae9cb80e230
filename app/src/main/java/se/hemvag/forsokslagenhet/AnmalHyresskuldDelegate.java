package se.hemvag.forsokslagenhet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Arenden;
import se.hemvag.delat.Formularvarden;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen.Falt;
import se.hemvag.sektion.Sektion;

/** "Anmäl en hyresskuld" from Tasklist: the rules of POST /api/arenden/{nr}/hyresskuld. */
@Component("anmalHyresskuldDelegate")
class AnmalHyresskuldDelegate implements JavaDelegate {

    private final Arenden arenden;
    private final HyranForst hyranForst;

    AnmalHyresskuldDelegate(Arenden arenden, HyranForst hyranForst) {
        this.arenden = arenden;
        this.hyranForst = hyranForst;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        String arendenummer = arenden.iStartformularet(execution, Falt.ARENDENUMMER).getArendenummer();
        Arende arende = arenden.hamtaForAnsvarigSektionEller(arendenummer, "Hyresskulder anmäls av administrationen eller den"
                + " ansvariga sektionen i ärende " + arendenummer + ".", Sektion.ADMINISTRATIONEN.gruppId());
        hyranForst.anmalHyresskuld(arende, form.val(Falt.SKULD_ANMALD_AV, Anmalare.class, "Vem anmälde skulden"),
                form.kravtHeltal(Falt.SKULD_BELOPP, "Belopp"), form.text(Falt.SKULD_ANTECKNING));
        execution.removeVariable(Falt.SKULD_ANTECKNING.nyckel());
    }
}
