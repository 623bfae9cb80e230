package se.hemvag.arende;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.ArendeatgarderProcessen.Falt;
import se.hemvag.arende.Arendegenomgangar.NyGenomgang;
import se.hemvag.delat.Formularvarden;

/** "Registrera en ärendegenomgång" from Tasklist: the rules of POST /api/arenden/{nr}/arendegenomgang. */
@Component("registreraArendegenomgangDelegate")
class RegistreraArendegenomgangDelegate implements JavaDelegate {

    private final Arenden arenden;
    private final Arendegenomgangar genomgangar;

    RegistreraArendegenomgangDelegate(Arenden arenden, Arendegenomgangar genomgangar) {
        this.arenden = arenden;
        this.genomgangar = genomgangar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        Arende arende = arenden.iStartformularet(execution, Falt.ARENDENUMMER);
        genomgangar.registrera(arende.getArendenummer(), new NyGenomgang(
                form.kravtDatum(Falt.GENOMGANGSDATUM, "Datum för genomgången"),
                form.kravdText(Falt.GENOMGANG_HANDLAGGARE, "Handläggare"),
                form.kravdText(Falt.GENOMGANG_ANTECKNING, "Vad genomgången kom fram till")));
        execution.removeVariable(Falt.GENOMGANG_ANTECKNING.nyckel());
    }
}
