package se.hemvag.arende;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.hemvag.klient.Klient;
import se.hemvag.delat.EjBehorigException;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sektion.Sektion;
import se.hemvag.delat.OgiltigBegaranException;
import se.hemvag.delat.KonfliktException;

/** A case as the people working it see it. */
@RestController
@RequestMapping("/api/arenden")
class ArendeController {

    private final Arenden arenden;
    private final InloggadAnvandare inloggad;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final MedhandlaggningRepository medhandlaggningar;
    private final InsatsRepository insatser;
    private final ArendeuppfoljningRepository uppfoljningar;
    private final Insatser insatsandringar;

    ArendeController(Arenden arenden, InloggadAnvandare inloggad, RuntimeService runtimeService, Clock clock,
                     MedhandlaggningRepository medhandlaggningar, InsatsRepository insatser,
                     ArendeuppfoljningRepository uppfoljningar, Insatser insatsandringar) {
        this.insatsandringar = insatsandringar;
        this.arenden = arenden;
        this.medhandlaggningar = medhandlaggningar;
        this.insatser = insatser;
        this.uppfoljningar = uppfoljningar;
        this.inloggad = inloggad;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    @GetMapping("/{arendenummer}")
    @Transactional(readOnly = true)
    public ArendeMedInnehall hamta(@PathVariable String arendenummer) {
        Arende arende = arenden.hamtaForDenSomArbetarMedArendet(arendenummer);
        return new ArendeMedInnehall(vy(arende),
                insatser.findByArendeIdOrderByStartdatum(arende.getId()).stream()
                        .map(ArendeController::vy).toList(),
                uppfoljningar.findByArendeIdOrderByUppfoljningsdatum(arende.getId()).stream()
                        .map(u -> new UppfoljningVy(u.getUppfoljningsdatum(), u.getSammanfattning(), u.isFortsatt())).toList(),
                medhandlaggningar.findByArendeId(arende.getId()).stream()
                        .map(m -> new MedhandlaggningVy(m.getId(), m.getSektion(), m.getBehov())).toList());
    }

    /** The case with what has been decided and done in it, as the API shows it. */
    public record ArendeMedInnehall(ArendeVy arende, List<InsatsVy> insatser, List<UppfoljningVy> uppfoljningar,
                                    List<MedhandlaggningVy> medhandlaggningar) {
    }

    public record InsatsVy(Long id, String typ, LocalDate startdatum, LocalDate slutdatum, String utforare,
                           int kostnadPerDygn, String sektion) {
    }

    private static InsatsVy vy(Insats i) {
        return new InsatsVy(i.getId(), i.getTyp().name(), i.getStartdatum(), i.getSlutdatum(), i.getUtforare(),
                i.getKostnadPerDygn(), i.getSektion());
    }

    /**
     * Ends or changes an intervention (the section it is charged to): {@code {"slutdatum": "…"}} ends it
     * that day, {@code {"slutdatum": null}} lets it go on, and {@code utforare} and {@code kostnadPerDygn}
     * change what they say. What the body leaves out stays as it was.
     */
    @PatchMapping("/{arendenummer}/insatser/{insatsId}")
    @Transactional
    public InsatsVy andraInsats(@PathVariable String arendenummer, @PathVariable Long insatsId,
                                @RequestBody(required = false) Map<String, Object> andring) {
        return vy(insatsandringar.andra(arendenummer, insatsId, andring == null ? null : insatsandring(andring)));
    }

    private static Insatser.Insatsandring insatsandring(Map<String, Object> andring) {
        LocalDate slutdatum = null;
        if (andring.get("slutdatum") != null) {
            try {
                slutdatum = LocalDate.parse(String.valueOf(andring.get("slutdatum")));
            } catch (DateTimeParseException e) {
                throw new OgiltigBegaranException("Slutdatum ska skrivas ÅÅÅÅ-MM-DD.");
            }
        }
        Object utforare = andring.get("utforare");
        Object kostnad = andring.get("kostnadPerDygn");
        if ((utforare != null && !(utforare instanceof String)) || (kostnad != null && !(kostnad instanceof Integer))) {
            throw new OgiltigBegaranException("Utförare är text och kostnad per dygn ett heltal i kronor.");
        }
        Set<String> okanda = new TreeSet<>(andring.keySet());
        okanda.removeAll(Set.of("slutdatum", "utforare", "kostnadPerDygn"));
        if (!okanda.isEmpty()) {
            throw new OgiltigBegaranException("Okända fält: " + String.join(", ", okanda) + ".");
        }
        return new Insatser.Insatsandring(slutdatum, andring.containsKey("slutdatum"), (String) utforare, (Integer) kostnad);
    }

    public record UppfoljningVy(LocalDate datum, String sammanfattning, boolean fortsatt) {
    }

    /**
     * The client got in touch (a visit, a call): the contact watch starts over, and contact
     * attempts under way end. Anyone who works with the case may register it.
     */
    @PostMapping("/{arendenummer}/kontakt")
    @Transactional
    public KontaktRegistrerad klientenHordeAvSig(@PathVariable String arendenummer) {
        Arende arende = arenden.hamtaForAnsvarigSektionEller(arendenummer, "Du arbetar inte med ärende " + arendenummer + ".",
                Sektion.MOTTAGNINGEN.gruppId(), Sektion.ADMINISTRATIONEN.gruppId());
        if (arende.getStatus().isAvslutad()) {
            throw new KonfliktException("Ärende " + arendenummer + " är avslutat. Registrera en ny ansökan i stället.");
        }
        arende.kontaktMedKlienten(LocalDate.now(clock));
        inloggad.somSystem(() -> runtimeService.createMessageCorrelation(ArendeProcessen.MESSAGE_KLIENTEN_HORDE_AV_SIG)
                .processInstanceBusinessKey(arendenummer).correlateAllWithResult());
        return new KontaktRegistrerad(arende.getArendenummer(), arende.getSenastKontakt());
    }

    /**
     * What registering a contact answers: no name or identity number, since administrationen and
     * mottagningen register contacts on cases they may not read.
     */
    public record KontaktRegistrerad(String arendenummer, LocalDate senastKontakt) {
    }

    /** The responsible section brings in another section for a need of its own (medhandläggning). */
    @PostMapping("/{arendenummer}/medhandlaggning")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public MedhandlaggningVy begarMedhandlaggning(@PathVariable String arendenummer,
                                                 @RequestBody MedhandlaggningBegaran begaran) {
        Arende arende = arenden.hamtaForAnsvarigSektion(arendenummer, "koppla in en annan sektion");
        Sektion sektion = begaran.sektion() == null ? null : Sektion.medGruppId(begaran.sektion()).orElse(null);
        if (sektion == null || sektion == Sektion.ADMINISTRATIONEN || sektion.gruppId().equals(arende.getAnsvarigSektion())) {
            throw new OgiltigBegaranException("Ange en annan handläggande sektion: forsorjning, vuxen, vard-och-omsorg eller mottagningen.");
        }
        if (begaran.behov() == null || begaran.behov().isBlank() || begaran.behov().length() > 2000) {
            throw new OgiltigBegaranException("Beskriv behovet som sektionen ska utreda (högst 2000 tecken).");
        }
        if (arende.getStatus() != ArendeStatus.PAGAENDE) {
            throw new KonfliktException("En annan sektion kan kopplas in när insatser har beviljats; ärendet har status "
                    + arende.getStatus() + ".");
        }
        if (medhandlaggningar.existsByArendeIdAndSektion(arende.getId(), sektion.gruppId())) {
            throw new KonfliktException(sektion.namn() + " är redan inkopplad i ärende " + arendenummer + ".");
        }
        Medhandlaggning medhandlaggning;
        try {
            medhandlaggning = medhandlaggningar.saveAndFlush(new Medhandlaggning(arende.getId(), sektion.gruppId(),
                    begaran.behov().strip(), LocalDate.now(clock), inloggad.id()));
        } catch (DataIntegrityViolationException samtidigt) {
            throw new KonfliktException(sektion.namn() + " är redan inkopplad i ärende " + arendenummer
                    + " (av någon annan, samtidigt).");
        }
        inloggad.somSystem(() -> runtimeService.createMessageCorrelation(ArendeProcessen.MESSAGE_MEDHANDLAGGNING_BEGARD)
                .processInstanceBusinessKey(arendenummer)
                .setVariableLocal("medhandlaggningId", medhandlaggning.getId())
                .setVariableLocal("medhandlaggandeSektion", sektion.gruppId())
                .setVariableLocal("medhandlaggningBehov", medhandlaggning.getBehov())
                .correlateWithResult());
        return new MedhandlaggningVy(medhandlaggning.getId(), sektion.gruppId(), medhandlaggning.getBehov());
    }

    public record MedhandlaggningBegaran(String sektion, String behov) {
    }

    public record MedhandlaggningVy(Long id, String sektion, String behov) {
    }

    private static ArendeVy vy(Arende arende) {
        Klient klient = arende.getKlient();
        return new ArendeVy(arende.getArendenummer(), arende.getStatus().name(), arende.getAnsvarigSektion(),
                arende.getKanal().name(), arende.getAnsokningsdatum(), arende.getUtredningPaborjad(),
                arende.getAvslutad(), arende.getSenastKontakt(), arende.isAterkomst(), arende.getOverlamnadTill(),
                new ArendeVy.KlientVy(klient.getIdentitetsnummer(), klient.getIdentitetstyp().name(),
                        klient.getFornamn(), klient.getEfternamn(), klient.getKon().name(), klient.getFodelsedatum()));
    }

    public record ArendeVy(String arendenummer, String status, String ansvarigSektion, String kanal,
                           LocalDate ansokningsdatum, LocalDate utredningPaborjad, LocalDate avslutad,
                           LocalDate senastKontakt, boolean aterkomst, String overlamnadTill, KlientVy klient) {

        public record KlientVy(String identitetsnummer, String identitetstyp, String fornamn, String efternamn,
                               String kon, LocalDate fodelsedatum) {
        }
    }
}
