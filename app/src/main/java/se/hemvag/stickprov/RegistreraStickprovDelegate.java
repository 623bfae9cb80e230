package se.hemvag.stickprov;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.stickprov.StickprovProcessen.Barn;
import se.hemvag.stickprov.StickprovProcessen.Bedomning;
import se.hemvag.stickprov.StickprovProcessen.Falt;
import se.hemvag.stickprov.StickprovProcessen.Orosanmalan;
import se.hemvag.stickprov.StickprovProcessen.Svar;

/** Stores one review of the child perspective; an unanswered question sends the form back with the question named. */
@Component("registreraStickprovDelegate")
class RegistreraStickprovDelegate implements JavaDelegate {

    private final Stickprov stickprov;

    RegistreraStickprovDelegate(Stickprov stickprov) {
        this.stickprov = stickprov;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Formularvarden form = new Formularvarden(execution);
        stickprov.registrera(StickprovProcessen.stickprovId(execution),
                svar(form, Falt.STICKPROV_BARN, Barn.class, "Finns det barn under 18 år i klientens närhet"),
                svar(form, Falt.STICKPROV_BEAKTAT, Svar.class, "Har barnperspektivet beaktats i utredningen"),
                svar(form, Falt.STICKPROV_DOKUMENTERAT, Svar.class, "Är bedömningen om barn dokumenterad"),
                svar(form, Falt.STICKPROV_OROSANMALAN, Orosanmalan.class, "Orosanmälan"),
                svar(form, Falt.STICKPROV_BEDOMNING, Bedomning.class, "Samlad bedömning"),
                form.text(Falt.STICKPROV_KOMMENTAR));
    }

    private static <E extends Enum<E>> E svar(Formularvarden form, Falt falt, Class<E> typ, String fraga) {
        E svar = form.val(falt, typ, fraga);
        if (svar == null) {
            throw new OgiltigtFormularException("Svara på frågan: " + fraga + ".");
        }
        return svar;
    }
}
