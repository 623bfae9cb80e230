package se.hemvag.arende;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.delat.EjBehorigException;
import se.hemvag.delat.Formularnyckel;
import se.hemvag.delat.Formularvarden;
import se.hemvag.delat.KonfliktException;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.klient.Klient;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sektion.Grupper;
import se.hemvag.sektion.Sektion;

/** Opens cases and finds them by case number. */
@Service
public class Arenden {

    /** A new application within this many days of the last closure is a return (återaktualisering). */
    static final int ATERKOMST_INOM_DAGAR = 365;

    private final ArendeRepository repository;
    private final MedhandlaggningRepository medhandlaggningar;
    private final InsatsRepository insatser;
    private final ArendeuppfoljningRepository uppfoljningar;
    private final RuntimeService runtimeService;
    private final InloggadAnvandare inloggad;
    private final Clock clock;
    private final ApplicationEventPublisher handelser;
    private final ObjectProvider<Granskningsinsyn> granskningar;

    Arenden(ArendeRepository repository, MedhandlaggningRepository medhandlaggningar, InsatsRepository insatser,
            ArendeuppfoljningRepository uppfoljningar, InloggadAnvandare inloggad, Clock clock,
            ApplicationEventPublisher handelser, RuntimeService runtimeService, ObjectProvider<Granskningsinsyn> granskningar) {
        this.granskningar = granskningar;
        this.repository = repository;
        this.uppfoljningar = uppfoljningar;
        this.runtimeService = runtimeService;
        this.insatser = insatser;
        this.handelser = handelser;
        this.medhandlaggningar = medhandlaggningar;
        this.inloggad = inloggad;
        this.clock = clock;
    }

    @Transactional
    public Arende oppna(Klient klient, Ansokningskanal kanal, String anteckning, String registreradAv) {
        Optional<Arende> oppet = repository.findFirstByKlientIdAndStatusIn(klient.getId(), ArendeStatus.oppna());
        if (oppet.isPresent()) {
            throw new KonfliktException("Klienten har redan ett öppet ärende, " + oppet.get().getArendenummer()
                    + ". Arbeta vidare i det i stället för att registrera en ny ansökan.", oppet.get().getArendenummer());
        }
        LocalDate idag = LocalDate.now(clock);
        String nummer = nyttArendenummer(idag);
        Arende arende = new Arende(nummer, klient, kanal, idag, anteckning, registreradAv);
        // only cases closed with the avslutningsblankett count: a case handed over at the belonging
        // investigation never was the unit's
        repository.findFirstByKlientIdAndStatusOrderByAvslutadDesc(klient.getId(), ArendeStatus.AVSLUTAD)
                .filter(foregaende -> foregaende.getAvslutad().isAfter(idag.minusDays(ATERKOMST_INOM_DAGAR + 1)))
                .ifPresent(arende::aterkomstEfter);
        Arende sparat;
        try {
            sparat = repository.saveAndFlush(arende);
        } catch (DataIntegrityViolationException samtidigAnsokan) {
            throw new KonfliktException("Klienten har redan ett öppet ärende (registrerat samtidigt av någon annan).");
        }
        if (sparat.getForegaendeArendeId() != null) {
            handelser.publishEvent(new Ateraktualiserat(sparat.getForegaendeArendeId(), sparat.getId()));
        }
        return sparat;
    }

    /**
     * The case, for someone who works with it: ledning, mottagningen, the responsible section or a
     * section brought in for medhandläggning. Anyone else is refused.
     */
    @Transactional(readOnly = true)
    public Arende hamtaForDenSomArbetarMedArendet(String arendenummer) {
        Arende arende = hamta(arendenummer);
        if (!arbetarMedArendet(arende)) {
            throw new EjBehorigException("Du arbetar inte med ärende " + arendenummer + " och får inte se det.");
        }
        return arende;
    }

    /**
     * Whether the user works with the case: ledning, mottagningen, its responsible section or one brought in,
     * or a review of it is under way (a spot check, {@link Granskningsinsyn}).
     */
    @Transactional(readOnly = true)
    public boolean arbetarMedArendet(Arende arende) {
        return inloggad.tillhorNagon(Grupper.LEDNING, Sektion.MOTTAGNINGEN.gruppId())
                || (arende.getAnsvarigSektion() != null && inloggad.tillhorNagon(arende.getAnsvarigSektion()))
                || medhandlaggningar.findByArendeId(arende.getId()).stream().anyMatch(m -> inloggad.tillhorNagon(m.getSektion()))
                || granskningar.orderedStream().anyMatch(g -> g.granskar(arende));
    }

    /** The cases whose investigation ended with a decision on interventions (granted or denied) dated fran–till. */
    @Transactional(readOnly = true)
    public List<Arende> beslutadeMellan(LocalDate fran, LocalDate till) {
        return repository.findByBeslutsdatumBetweenOrderById(fran, till);
    }

    /** Every case the client has had, newest application first. */
    @Transactional(readOnly = true)
    public List<Arende> klientensArenden(Long klientId) {
        return repository.findByKlientIdOrderByAnsokningsdatumDescIdDesc(klientId);
    }

    /**
     * The case, for its responsible section or the groups named (administrationen registering a rent
     * debt, mottagningen a contact); anyone else is refused with {@code nekad}.
     */
    @Transactional(readOnly = true)
    public Arende hamtaForAnsvarigSektionEller(String arendenummer, String nekad, String... grupper) {
        Arende arende = hamta(arendenummer);
        if (!inloggad.tillhorNagon(grupper)
                && (arende.getAnsvarigSektion() == null || !inloggad.tillhorNagon(arende.getAnsvarigSektion()))) {
            throw new EjBehorigException(nekad);
        }
        return arende;
    }

    /** The case, for the section that handles it now: the responsible one, or mottagningen before there is one. */
    @Transactional(readOnly = true)
    public Arende hamtaForHandlaggandeSektion(String arendenummer, String atgard) {
        Arende arende = hamta(arendenummer);
        String handlaggande = arende.getAnsvarigSektion() != null ? arende.getAnsvarigSektion() : Sektion.MOTTAGNINGEN.gruppId();
        inloggad.krav("Bara den ansvariga sektionen kan " + atgard + " i ärende " + arendenummer + ".", handlaggande);
        return arende;
    }

    /** The case, for its responsible section only: the one that decides what happens in it. */
    @Transactional(readOnly = true)
    public Arende hamtaForAnsvarigSektion(String arendenummer, String atgard) {
        Arende arende = hamta(arendenummer);
        if (arende.getAnsvarigSektion() == null || !inloggad.tillhorNagon(arende.getAnsvarigSektion())) {
            throw new EjBehorigException("Bara den ansvariga sektionen kan " + atgard + " i ärende " + arendenummer + ".");
        }
        return arende;
    }

    /** The case, for the gruppledare and biträdande enhetschef of its responsible section; anyone else is refused with {@code nekad}. */
    @Transactional(readOnly = true)
    public Arende hamtaForAnsvarigSektionsLedning(String arendenummer, String nekad) {
        Arende arende = hamta(arendenummer);
        String ledning = arende.getAnsvarigSektion() == null ? null
                : Sektion.medGruppId(arende.getAnsvarigSektion()).map(Sektion::ledningsgruppId).orElse(null);
        if (ledning == null) {
            throw new EjBehorigException(nekad);
        }
        inloggad.krav(nekad, ledning);
        return arende;
    }

    /** The case a Tasklist start form names; it becomes the started instance's business key. */
    @Transactional(readOnly = true)
    public Arende iStartformularet(DelegateExecution execution, Formularnyckel arendenummer) {
        Arende arende = hamtaFranFormular(new Formularvarden(execution).kravdText(arendenummer, "Ärendenummer"));
        execution.setProcessBusinessKey(arende.getArendenummer());
        return arende;
    }

    /** A case number typed into a form: an unknown number is a form error the caseworker sees. */
    @Transactional(readOnly = true)
    public Arende hamtaFranFormular(String arendenummer) {
        return repository.findByArendenummer(arendenummer).orElseThrow(
                () -> new OgiltigtFormularException("Det finns inget ärende med nummer " + arendenummer + "."));
    }

    /** The client of each case number that exists, for the access log's rows. */
    @Transactional(readOnly = true)
    public Map<String, Long> klienter(Collection<String> arendenummer) {
        return repository.findByArendenummerIn(arendenummer).stream()
                .collect(Collectors.toMap(Arende::getArendenummer, arende -> arende.getKlient().getId()));
    }

    /**
     * The case a step of one of its processes belongs to, from the instance's business key: the
     * case number, which the app sets when the process starts and no caller can change later.
     */
    @Transactional(readOnly = true)
    public Arende iProcessen(DelegateExecution execution) {
        return hamta(execution.getProcessBusinessKey());
    }

    /**
     * The next case number, "year-serial", from the one sequence every case draws from, so that cases
     * written at the same moment by other paths (the demo's history) never share one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String nyttArendenummer(LocalDate ansokt) {
        return String.format("%d-%05d", ansokt.getYear(), repository.nastaLopnummer());
    }

    /**
     * Holds the case until the caller's transaction ends, so two changes to one case at once take turns:
     * the second then meets the case as the first left it (and gets the usual 409), instead of both
     * moving its process at the same moment, where the engine can fail with an error of its own.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lasForAndring(Arende arende) {
        repository.lasRaden(arende.getId());
    }

    @Transactional(readOnly = true)
    public Arende hamta(String arendenummer) {
        return repository.findByArendenummer(arendenummer).orElseThrow(() -> new ArendeSaknasException(arendenummer));
    }

    /** Whether a later application came back to this case (a return within the unit's year). */
    @Transactional(readOnly = true)
    public boolean harAterkomstEfter(Long arendeId) {
        return repository.existsByForegaendeArendeId(arendeId);
    }

    /** Whether any case at all is registered (the demo data fills only an empty database). */
    @Transactional(readOnly = true)
    public boolean finnsNagot() {
        return repository.count() > 0;
    }

    /**
     * The unit's flow per responsible section (its group id; {@link Arendeflode#UTAN_SEKTION} before one
     * is chosen): the open cases, and the cases applied for and closed from the given day on.
     */
    @Transactional(readOnly = true)
    public Arendeflode flodePerSektion(LocalDate fran) {
        return new Arendeflode(perSektion(repository.antalPerSektion(ArendeStatus.oppna())),
                perSektion(repository.ansoktaPerSektionFran(fran)), perSektion(repository.avslutadePerSektionFran(fran)));
    }

    private static Map<String, Long> perSektion(List<Object[]> rader) {
        return rader.stream().collect(Collectors.toMap(rad -> rad[0] == null ? Arendeflode.UTAN_SEKTION : (String) rad[0],
                rad -> ((Number) rad[1]).longValue(), Long::sum));
    }

    /** The client's open case, if they have one. */
    @Transactional(readOnly = true)
    public Optional<Arende> oppetFor(Long klientId) {
        return repository.findFirstByKlientIdAndStatusIn(klientId, ArendeStatus.oppna());
    }

    /** The case closed that day: every intervention still under way in it ends then (placements stop counting). */
    @Transactional
    public void avsluta(Long arendeId, LocalDate datum) {
        hamta(arendeId).avslutat(datum);
        insatser.findByArendeIdOrderByStartdatum(arendeId).forEach(insats -> insats.avsluta(datum));
    }

    /**
     * The client got in touch (a visit, a call): the contact watch starts over, and contact attempts
     * under way end. Anyone who works with the case may register it, administrationen too.
     */
    @Transactional
    public Arende klientenHordeAvSig(String arendenummer) {
        Arende arende = hamtaForAnsvarigSektionEller(arendenummer, "Du arbetar inte med ärende " + arendenummer + ".",
                Sektion.MOTTAGNINGEN.gruppId(), Sektion.ADMINISTRATIONEN.gruppId());
        if (arende.getStatus().isAvslutad()) {
            throw new KonfliktException("Ärende " + arendenummer + " är avslutat. Registrera en ny ansökan i stället.");
        }
        arende.kontaktMedKlienten(LocalDate.now(clock));
        inloggad.somSystem(() -> runtimeService.createMessageCorrelation(ArendeProcessen.MESSAGE_KLIENTEN_HORDE_AV_SIG)
                .processInstanceBusinessKey(arendenummer).correlateAllWithResult());
        return arende;
    }

    @Transactional(readOnly = true)
    public List<Arendeuppfoljning> uppfoljningar(Long arendeId) {
        return uppfoljningar.findByArendeIdOrderByUppfoljningsdatum(arendeId);
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
