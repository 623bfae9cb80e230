package se.hemvag.avslut;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.arende.Arende;
import se.hemvag.security.InloggadAnvandare;

/**
 * The rule that a client who has not been heard from is closed, for whatever reason, only after
 * enough documented contact attempts in the current round. The rule is Decision_AvslutUtanKontakt,
 * which the process owner changes in Camunda Modeler; this class counts the round's attempts, asks
 * it, and words its answer from the table's current values.
 */
@Service
public class AvslutUtanKontakt {

    static final String DECISION = "Decision_AvslutUtanKontakt";

    private final KontaktforsokRepository kontaktforsok;
    private final KontaktrundaRepository rundor;
    private final DecisionService decisionService;
    private final RepositoryService repositoryService;
    private final InloggadAnvandare inloggad;
    private final ZoneId zon;
    private final Map<String, Kontaktregel> reglerPerVersion = new ConcurrentHashMap<>();

    AvslutUtanKontakt(KontaktforsokRepository kontaktforsok, KontaktrundaRepository rundor, DecisionService decisionService,
                      RepositoryService repositoryService, InloggadAnvandare inloggad, java.time.Clock clock) {
        this.kontaktforsok = kontaktforsok;
        this.rundor = rundor;
        this.decisionService = decisionService;
        this.repositoryService = repositoryService;
        this.inloggad = inloggad;
        this.zon = clock.getZone();
    }

    /** The attempts of the round under way: one that began after the last contact with the client. */
    @Transactional(readOnly = true)
    public Kontaktlage lage(Arende arende) {
        Optional<Kontaktrunda> runda = rundor.findFirstByArendeIdOrderByPaborjadDescIdDesc(arende.getId())
                .filter(r -> !r.getPaborjad().isBefore(arende.getSenastKontakt().atStartOfDay(zon).toInstant()));
        List<Kontaktforsok> forsok = runda.map(r -> kontaktforsok.findByKontaktrundaIdOrderByTidpunkt(r.getId()))
                .orElse(List.of());
        // calendar days in the unit's time zone: a change to summer time does not make two weeks 13 days
        long dagar = forsok.isEmpty() ? 0 : ChronoUnit.DAYS.between(LocalDate.ofInstant(forsok.get(0).getTidpunkt(), zon),
                LocalDate.ofInstant(forsok.get(forsok.size() - 1).getTidpunkt(), zon));
        long telefon = forsok.stream().filter(f -> f.getKanal() == Kontaktkanal.TELEFON).count();
        return new Kontaktlage(runda.map(Kontaktrunda::getPaborjad).orElse(null), forsok.size(), (int) dagar, (int) telefon);
    }

    /**
     * Why the case may not be closed for this reason, or empty when it may. {@code inteHordAv}: the
     * client had not been heard from for the watch period when the closure began.
     */
    @Transactional(readOnly = true)
    public Optional<String> hinder(Arende arende, Avslutsorsak orsak, boolean inteHordAv) {
        Kontaktlage lage = inteHordAv ? lage(arende) : Kontaktlage.INGEN_RUNDA;
        // the decision is the unit's rule, not client data: evaluated as the app, whoever asks
        boolean tillatet = inloggad.somSystem(() -> decisionService.evaluateDecisionTableByKey(DECISION,
                        Variables.createVariables().putValue("avslutsorsak", orsak.name()).putValue("inteHordAv", inteHordAv)
                                .putValue("antalForsok", lage.antalForsok()).putValue("dagarMellanForsok", lage.dagar())
                                .putValue("antalTelefonforsok", lage.telefon()))
                .getSingleResult().getSingleEntry());
        if (tillatet) {
            return Optional.empty();
        }
        if (!inteHordAv) {
            return Optional.of("Klienten har hörts av (senast " + arende.getSenastKontakt() + "), så ärendet kan inte "
                    + "avslutas för att klienten inte hörts av. Välj en annan orsak.");
        }
        return Optional.of("Klienten har inte hörts av sedan " + arende.getSenastKontakt() + ". Innan ärendet avslutas ska "
                + "klienten sökas och försöken dokumenteras (enhetens regel: " + regel().text() + "). "
                + (lage.pagar() ? "I den pågående kontaktrundan hittills: " + lage.antalForsok() + " försök under "
                        + lage.dagar() + " dagar, varav " + lage.telefon() + " per telefon."
                        : "Kontaktförsöken har inte börjat ännu."));
    }

    /** The rule as the decision table deployed now says it. */
    public Kontaktregel regel() {
        DecisionDefinition senaste = inloggad.somSystem(() -> repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(DECISION).latestVersion().singleResult());
        return reglerPerVersion.computeIfAbsent(senaste.getId(),
                id -> Kontaktregel.ur(inloggad.somSystem(() -> repositoryService.getDmnModelInstance(id))));
    }

    /** The round under way and its attempts, as the rule counts them. */
    public record Kontaktlage(Instant rundanPaborjad, int antalForsok, int dagar, int telefon) {

        static final Kontaktlage INGEN_RUNDA = new Kontaktlage(null, 0, 0, 0);

        public boolean pagar() {
            return rundanPaborjad != null;
        }
    }
}
