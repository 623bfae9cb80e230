package se.hemvag.arende;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import se.hemvag.delat.Datumgranser;
import se.hemvag.delat.OgiltigBegaranException;
import se.hemvag.klient.Klient;

/** A case as the people working it see it. */
@RestController
@RequestMapping("/api/arenden")
class ArendeController {

    private final Arenden arenden;
    private final Insatser insatser;
    private final Medhandlaggningar medhandlaggningar;

    ArendeController(Arenden arenden, Insatser insatser, Medhandlaggningar medhandlaggningar) {
        this.arenden = arenden;
        this.insatser = insatser;
        this.medhandlaggningar = medhandlaggningar;
    }

    @GetMapping("/{arendenummer}")
    @Transactional(readOnly = true)
    public ArendeMedInnehall hamta(@PathVariable String arendenummer) {
        Arende arende = arenden.hamtaForDenSomArbetarMedArendet(arendenummer);
        return new ArendeMedInnehall(vy(arende),
                insatser.iArendet(arende.getId()).stream().map(ArendeController::vy).toList(),
                arenden.uppfoljningar(arende.getId()).stream()
                        .map(u -> new UppfoljningVy(u.getUppfoljningsdatum(), u.getSammanfattning(), u.isFortsatt(),
                                u.getJobbtorg() == null ? null : u.getJobbtorg().name())).toList(),
                medhandlaggningar.iArendet(arende.getId()).stream()
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
        return vy(insatser.andra(arendenummer, insatsId, andring == null ? null : insatsandring(andring)));
    }

    private static Insatser.Insatsandring insatsandring(Map<String, Object> andring) {
        LocalDate slutdatum = null;
        if (andring.get("slutdatum") != null) {
            try {
                slutdatum = LocalDate.parse(String.valueOf(andring.get("slutdatum")));
            } catch (DateTimeParseException e) {
                throw new OgiltigBegaranException("Slutdatum ska skrivas ÅÅÅÅ-MM-DD.");
            }
            Datumgranser.rimligt(slutdatum, "Slutdatumet");
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

    public record UppfoljningVy(LocalDate datum, String sammanfattning, boolean fortsatt, String jobbtorg) {
    }

    /** The client got in touch (a visit, a call): the contact watch starts over. */
    @PostMapping("/{arendenummer}/kontakt")
    public KontaktRegistrerad klientenHordeAvSig(@PathVariable String arendenummer) {
        Arende arende = arenden.klientenHordeAvSig(arendenummer);
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
    public MedhandlaggningVy begarMedhandlaggning(@PathVariable String arendenummer,
                                                 @RequestBody MedhandlaggningBegaran begaran) {
        Medhandlaggning medhandlaggning = medhandlaggningar.begar(arendenummer, begaran.sektion(), begaran.behov());
        return new MedhandlaggningVy(medhandlaggning.getId(), medhandlaggning.getSektion(), medhandlaggning.getBehov());
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
