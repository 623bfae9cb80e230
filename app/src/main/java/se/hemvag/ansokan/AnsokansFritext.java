package se.hemvag.ansokan;

import java.util.List;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Fritext;
import se.hemvag.delat.Fritextkolumner;

/** The free text about clients that culling empties here: the evening assessments (tak över huvudet), which name their client directly. */
@Component
class AnsokansFritext implements Fritextkolumner {

    @Override
    public List<Fritext> fritext() {
        return List.of(
                new Fritext("tog_bedomning", "motivering", "klient_id = ?"));
    }
}
