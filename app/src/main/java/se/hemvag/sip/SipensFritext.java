package se.hemvag.sip;

import java.util.List;
import org.springframework.stereotype.Component;
import se.hemvag.delat.Fritext;
import se.hemvag.delat.Fritextkolumner;

/** The free text about clients that culling empties here: the SIP, its consent and follow-ups. */
@Component
class SipensFritext implements Fritextkolumner {

    @Override
    public List<Fritext> fritext() {
        return List.of(
                Fritext.perArende("sip", "avbojt_anledning"),
                Fritext.perArende("sip", "inbjudna"),
                Fritext.perArende("sip", "plan"),
                Fritext.perArende("sip", "huvudansvarig"),
                Fritext.via("sip_samtycke", "omfattning", "sip_id", "sip"),
                Fritext.via("sip_samtycke", "aterkallat_anteckning", "sip_id", "sip"),
                Fritext.via("sip_uppfoljning", "anteckning", "sip_id", "sip"));
    }
}
