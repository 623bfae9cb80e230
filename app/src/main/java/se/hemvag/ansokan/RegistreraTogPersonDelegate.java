package se.hemvag.ansokan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.ansokan.TogProcessen.Falt;
import se.hemvag.delat.Formularnyckel;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.klient.Klient;
import se.hemvag.klient.KlientUppgifter;
import se.hemvag.klient.Klientregister;
import se.hemvag.klient.Kon;
import se.hemvag.klient.OgiltigIdentitetException;

/**
 * Registers (or finds) the person who seeks emergency shelter tonight, gives the assessment a
 * business key without personal data, and keeps only the name and age in the engine.
 */
@Component("registreraTogPersonDelegate")
class RegistreraTogPersonDelegate implements JavaDelegate {

    static final List<String> FORMULARFALT = Formularnyckel.nycklar(Falt.IDENTITETSNUMMER, Falt.FODELSEDATUM, Falt.KON, Falt.FORNAMN, Falt.EFTERNAMN, Falt.NYTT_RESERVNUMMER);

    private final Klientregister klientregister;
    private final Clock clock;

    RegistreraTogPersonDelegate(Klientregister klientregister, Clock clock) {
        this.klientregister = klientregister;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        Klient klient;
        try {
            klient = klientregister.hittaEllerRegistrera(new KlientUppgifter(form.text(Falt.IDENTITETSNUMMER),
                    form.datum(Falt.FODELSEDATUM, "Födelsedatum"), form.val(Falt.KON, Kon.class, "Kön"),
                    form.kravdText(Falt.FORNAMN, "Förnamn"), form.kravdText(Falt.EFTERNAMN, "Efternamn"), null,
                    form.ja(Falt.NYTT_RESERVNUMMER)));
        } catch (OgiltigIdentitetException fel) {
            throw new OgiltigtFormularException(fel.getMessage());
        }
        for (Falt fraga : List.of(Falt.HEMLOS, Falt.MISSBRUK_ELLER_PSYKISK_OHALSA, Falt.TILLHOR_STOCKHOLM)) {
            String svar = form.text(fraga);
            if (!"ja".equals(svar) && !"nej".equals(svar)) {
                throw new OgiltigtFormularException("Svara ja eller nej på alla garantins frågor.");
            }
        }
        LocalDate idag = LocalDate.now(clock);
        execution.setProcessBusinessKey("TOG-" + idag.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + klient.getId());
        execution.removeVariables(FORMULARFALT);
        execution.setVariable("klientId", klient.getId());
        execution.setVariable("klientNamn", klient.namn());
        execution.setVariable("alder", klient.alderVid(idag));
    }
}
