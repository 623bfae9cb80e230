package se.hemvag.forsokslagenhet;

import java.util.List;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Fritext;
import se.hemvag.delat.Fritextkolumner;

/** The free text about clients that culling empties here: the trial apartment, its reviews, deviations, rent debts, Lägenhetsinfo and Hyran först. */
@Component
class ForsokslagenhetensFritext implements Fritextkolumner {

    @Override
    public List<Fritext> fritext() {
        return List.of(
                Fritext.perArende("hyran_forst_besok", "anteckning"),
                Fritext.perArende("forsokslagenhet", "stabilitet"),
                Fritext.perArende("forsokslagenhet", "beslut_motivering"),
                Fritext.perArende("forsokslagenhet", "adress"),
                Fritext.via("kontraktsgranskning", "anteckning", "forsokslagenhet_id", "forsokslagenhet"),
                Fritext.via("avvikelse", "deltagare", "forsokslagenhet_id", "forsokslagenhet"),
                Fritext.via("avvikelse", "klientens_syn", "forsokslagenhet_id", "forsokslagenhet"),
                Fritext.via("hyresskuld", "anteckning", "forsokslagenhet_id", "forsokslagenhet"),
                Fritext.via("hyresskuld", "atgard", "forsokslagenhet_id", "forsokslagenhet"),
                Fritext.via("lagenhetsinfo_kallelse", "utvardering", "forsokslagenhet_id", "forsokslagenhet"));
    }
}
