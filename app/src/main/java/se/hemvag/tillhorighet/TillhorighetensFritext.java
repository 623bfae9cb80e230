package se.hemvag.tillhorighet;

import java.util.List;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Fritext;
import se.hemvag.delat.Fritextkolumner;

/** The free text about clients that culling empties here: the belonging investigation and the handover. */
@Component
class TillhorighetensFritext implements Fritextkolumner {

    @Override
    public List<Fritext> fritext() {
        return List.of(
                Fritext.perArende("tillhorighetsutredning", "anteckning"),
                Fritext.perArende("overlamning", "kontaktperson"),
                Fritext.perArende("overlamning", "anteckning"));
    }
}
