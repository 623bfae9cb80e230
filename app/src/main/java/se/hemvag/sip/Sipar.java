package se.hemvag.sip;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.ArendeStatus;
import se.hemvag.arende.Arenden;
import se.hemvag.arende.InsatserBeviljade;
import se.hemvag.avslut.ArendeAvslutat;
import se.hemvag.delat.KonfliktException;
import se.hemvag.delat.OgiltigBegaranException;
import se.hemvag.security.InloggadAnvandare;

/**
 * Starts and stops SIPs. SipProcess reads its dates here by bean name: the first task's due date
 * {@code ${sipar.erbjudSenast()}} and the follow-up timer {@code ${sipar.nastaUppfoljning(sipId)}}.
 */
@Service("sipar")
public class Sipar {

    private static final List<SipStatus> PAGAENDE = Arrays.stream(SipStatus.values()).filter(SipStatus::isPagaende).toList();
    /** Reminders and timers of the SIP fall at the start of the working day. */
    private static final int ARBETSDAGENS_BORJAN = 8;

    private static final int MAX_ANTECKNING = 2000;

    private final SipRepository sipar;
    private final SamtyckeRepository samtycken;
    private final SipUppfoljningRepository uppfoljningar;
    private final Arenden arenden;
    private final RuntimeService runtimeService;
    private final DecisionService decisionService;
    private final InloggadAnvandare inloggad;
    private final Clock clock;
    private final Period erbjudInom;

    Sipar(SipRepository sipar, SamtyckeRepository samtycken, SipUppfoljningRepository uppfoljningar, Arenden arenden,
          RuntimeService runtimeService, InloggadAnvandare inloggad, Clock clock,
          @Value("${hemvag.sip.erbjud-inom:P3D}") Period erbjudInom, DecisionService decisionService) {
        this.uppfoljningar = uppfoljningar;
        this.decisionService = decisionService;
        this.sipar = sipar;
        this.samtycken = samtycken;
        this.arenden = arenden;
        this.runtimeService = runtimeService;
        this.inloggad = inloggad;
        this.clock = clock;
        this.erbjudInom = erbjudInom;
    }

    @Transactional(readOnly = true)
    public List<Sip> iArendet(Long arendeId) {
        return sipar.findByArendeIdOrderById(arendeId);
    }

    @Transactional(readOnly = true)
    public List<Samtycke> samtycken(Long sipId) {
        return samtycken.findBySipId(sipId);
    }

    @Transactional(readOnly = true)
    public List<SipUppfoljning> uppfoljningar(Long sipId) {
        return uppfoljningar.findBySipIdOrderByDatum(sipId);
    }

    /** The case closed: a SIP under way in it ends (SipProcess's event sub-process "Ärendet avslutat"). */
    @EventListener
    void arendetAvslutat(ArendeAvslutat avslutat) {
        inloggad.somSystem(() -> {
            ArendeProcessen.meddelaAttArendetAvslutats(runtimeService, SipProcessen.PROCESS_ID, avslutat.arendenummer());
            return null;
        });
    }

    /** Interventions granted: a SIP is offered when the unit's rule (Decision_SipErbjuds) says so. */
    @EventListener
    void insatserBeviljade(InsatserBeviljade beviljade) {
        var svar = inloggad.somSystem(() -> decisionService.evaluateDecisionTableByKey(SipProcessen.DECISION_SIP_ERBJUDS,
                Variables.createVariables().putValue("ansvarigSektion", beviljade.ansvarigSektion())
                        .putValue("vardenInvolverad", beviljade.vardenInvolverad())).getSingleResult());
        // a table edited to have no matching row offers nothing rather than failing the decision
        if (svar != null && Boolean.TRUE.equals(svar.getSingleEntry())) {
            starta(arenden.hamta(beviljade.arendeId()));
        }
    }

    /** A SIP is to be offered in the case; its responsible section gets the task at once. */
    @Transactional
    public Sip starta(Arende arende) {
        if (arende.getStatus() != ArendeStatus.PAGAENDE) {
            throw new KonfliktException("En SIP kan erbjudas när insatser har beviljats; ärende "
                    + arende.getArendenummer() + " har status " + arende.getStatus() + ".");
        }
        if (sipar.existsByArendeIdAndStatusIn(arende.getId(), PAGAENDE)) {
            throw new KonfliktException("Ärende " + arende.getArendenummer() + " har redan en pågående SIP.");
        }
        Sip sip;
        try {
            sip = sipar.saveAndFlush(new Sip(arende, LocalDate.now(clock)));
        } catch (DataIntegrityViolationException samtidigt) {
            throw new KonfliktException("Ärende " + arende.getArendenummer() + " har redan en pågående SIP"
                    + " (startad samtidigt av någon annan).");
        }
        inloggad.somSystem(() -> runtimeService.startProcessInstanceByKey(SipProcessen.PROCESS_ID, arende.getArendenummer(),
                Variables.createVariables()
                        .putValue(SipProcessen.SIP_ID, sip.getId())
                        .putValue(ArendeProcessen.ARENDE_ID, arende.getId())
                        .putValue(ArendeProcessen.ARENDENUMMER, arende.getArendenummer())
                        .putValue(ArendeProcessen.KLIENT_NAMN, arende.getKlient().namn())
                        .putValue(ArendeProcessen.ANSVARIG_SEKTION, arende.getAnsvarigSektion())));
        return sip;
    }

    /** The client revoked consent: the consent record says so and the SIP stops. */
    @Transactional
    public Sip aterkallaSamtycke(Arende arende, String anteckning) {
        String text = anteckning == null || anteckning.isBlank() ? null : anteckning.strip();
        if (text != null && text.length() > MAX_ANTECKNING) {
            throw new OgiltigBegaranException("Anteckningen får vara högst " + MAX_ANTECKNING + " tecken.");
        }
        Sip sip = sipar.findByArendeIdOrderById(arende.getId()).stream()
                .filter(s -> s.getStatus().isPagaende()).findFirst()
                .orElseThrow(() -> new KonfliktException("Ärende " + arende.getArendenummer() + " har ingen pågående SIP."));
        Samtycke samtycke = samtycken.findFirstBySipIdAndAterkallatIsNull(sip.getId())
                .orElseThrow(() -> new KonfliktException("Klienten har inte lämnat något samtycke till SIP:en ännu."));
        LocalDate idag = LocalDate.now(clock);
        samtycke.aterkalla(idag, inloggad.id(), text);
        sip.avslutad(SipStatus.STOPPAD, idag);
        inloggad.somSystem(() -> runtimeService.createMessageCorrelation(SipProcessen.MESSAGE_SAMTYCKE_ATERKALLAT)
                .processInstanceBusinessKey(arende.getArendenummer()).correlateWithResult());
        return sip;
    }

    @Transactional
    public Sip hamta(Long sipId) {
        return sipar.findById(sipId).orElseThrow(() -> new IllegalStateException("SIP " + sipId + " finns inte."));
    }

    /** The offer is made without delay: due date of the SIP's first task. */
    public Date erbjudSenast() {
        return arbetsdagensBorjan(LocalDate.now(clock).plus(erbjudInom));
    }

    public Date nastaUppfoljning(Long sipId) {
        return arbetsdagensBorjan(hamta(sipId).getNastaUppfoljning());
    }

    private Date arbetsdagensBorjan(LocalDate dag) {
        return Date.from(dag.atTime(ARBETSDAGENS_BORJAN, 0).atZone(clock.getZone()).toInstant());
    }
}
