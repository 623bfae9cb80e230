package se.hemvag.avslut;

import java.util.List;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Fritext;
import se.hemvag.delat.Fritextkolumner;

/** The free text about clients that culling empties here: the closure, the contact attempts and the handover on moving. */
@Component
class AvslutetsFritext implements Fritextkolumner {

    @Override
    public List<Fritext> fritext() {
        return List.of(
                Fritext.perArende("avslut", "anteckning"),
                Fritext.perArende("kontaktforsok", "anteckning"),
                Fritext.perArende("flyttoverlamning", "kontaktperson"),
                Fritext.perArende("flyttoverlamning", "anteckning"));
    }
}
