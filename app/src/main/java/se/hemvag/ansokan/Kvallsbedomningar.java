package se.hemvag.ansokan;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The evening assessments (tak över huvudet) made of a person, kept as part of their history. */
@Service
class Kvallsbedomningar {

    private final TogBedomningRepository bedomningar;

    Kvallsbedomningar(TogBedomningRepository bedomningar) {
        this.bedomningar = bedomningar;
    }

    @Transactional
    public TogBedomning registrera(TogBedomning bedomning) {
        return bedomningar.save(bedomning);
    }

    @Transactional(readOnly = true)
    public List<TogBedomning> forKlient(Long klientId) {
        return bedomningar.findByKlientIdOrderByBedomd(klientId);
    }
}
