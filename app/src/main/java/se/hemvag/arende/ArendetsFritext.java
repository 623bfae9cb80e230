package se.hemvag.arende;

import java.util.List;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Fritext;
import se.hemvag.delat.Fritextkolumner;

/** The free text about clients that culling empties here: the case, its follow-ups, reviews and medhandläggning. */
@Component
class ArendetsFritext implements Fritextkolumner {

    @Override
    public List<Fritext> fritext() {
        return List.of(
                Fritext.iArendet("ansokan_anteckning"),
                Fritext.iArendet("utredning_plan"),
                Fritext.iArendet("beslut_motivering"),
                Fritext.iArendet("anstalt"),
                Fritext.perArende("arendeuppfoljning", "sammanfattning"),
                Fritext.perArende("arendegenomgang", "anteckning"),
                Fritext.perArende("medhandlaggning", "behov"));
    }
}
