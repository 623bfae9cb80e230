package se.hemvag.arende;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.klient.Klient;

/** Opens cases and finds them by case number. */
@Service
public class Arenden {

    private static final List<ArendeStatus> OPPNA =
            Arrays.stream(ArendeStatus.values()).filter(s -> !s.isAvslutad()).toList();

    /** A new application within this many days of the last closure is a return (återaktualisering). */
    static final int ATERKOMST_INOM_DAGAR = 365;

    private final ArendeRepository repository;
    private final Clock clock;

    Arenden(ArendeRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public Arende oppna(Klient klient, Ansokningskanal kanal, String anteckning, String registreradAv) {
        if (repository.existsByKlientIdAndStatusIn(klient.getId(), OPPNA)) {
            throw new ArendeKonfliktException("Klienten har redan ett öppet ärende. Arbeta vidare i det i stället för att registrera en ny ansökan.");
        }
        LocalDate idag = LocalDate.now(clock);
        String nummer = String.format("%d-%05d", Year.from(idag).getValue(), repository.nastaLopnummer());
        Arende arende = new Arende(nummer, klient, kanal, idag, anteckning, registreradAv);
        // only cases closed with the avslutningsblankett count: a case handed over at the belonging
        // investigation never was the unit's
        repository.findFirstByKlientIdAndStatusOrderByAvslutadDesc(klient.getId(), ArendeStatus.AVSLUTAD)
                .filter(foregaende -> foregaende.getAvslutad().isAfter(idag.minusDays(ATERKOMST_INOM_DAGAR + 1)))
                .ifPresent(arende::aterkomstEfter);
        try {
            return repository.saveAndFlush(arende);
        } catch (DataIntegrityViolationException samtidigAnsokan) {
            throw new ArendeKonfliktException("Klienten har redan ett öppet ärende (registrerat samtidigt av någon annan).");
        }
    }

    @Transactional(readOnly = true)
    public Arende hamta(String arendenummer) {
        return repository.findByArendenummer(arendenummer).orElseThrow(() -> new ArendeSaknasException(arendenummer));
    }

    /** The client was in touch today. */
    @Transactional
    public void kontaktMedKlienten(Long arendeId) {
        hamta(arendeId).kontaktMedKlienten(LocalDate.now(clock));
    }

    @Transactional
    public Arende hamta(Long id) {
        return repository.findById(id).orElseThrow(() -> new ArendeSaknasException("med id " + id));
    }
}
