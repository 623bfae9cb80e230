package se.hemvag.stickprov;

import java.util.List;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Fritext;
import se.hemvag.delat.Fritextkolumner;

/** The free text about clients that culling empties here: the reviewer's comment on a drawn case. */
@Component
class StickprovetsFritext implements Fritextkolumner {

    @Override
    public List<Fritext> fritext() {
        return List.of(Fritext.perArende("stickprov", "kommentar"));
    }
}
