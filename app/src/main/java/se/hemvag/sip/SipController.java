package se.hemvag.sip;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Arenden;

/** A case's SIPs: read by those who work with the case; started and stopped by its responsible section. */
@RestController
@RequestMapping("/api/arenden/{arendenummer}/sip")
class SipController {

    private final Arenden arenden;
    private final Sipar sipar;

    SipController(Arenden arenden, Sipar sipar) {
        this.arenden = arenden;
        this.sipar = sipar;
    }

    @GetMapping
    @Transactional(readOnly = true)
    public List<SipVy> hamta(@PathVariable String arendenummer) {
        Arende arende = arenden.hamtaForDenSomArbetarMedArendet(arendenummer);
        return sipar.iArendet(arende.getId()).stream().map(this::vy).toList();
    }

    /** Health care became involved after the decision: the responsible section offers a SIP now. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public SipVy begar(@PathVariable String arendenummer) {
        return vy(sipar.starta(arenden.hamtaForAnsvarigSektion(arendenummer, "begära en SIP")));
    }

    @PostMapping("/samtycke/aterkallelse")
    @Transactional
    public SipVy aterkallaSamtycke(@PathVariable String arendenummer, @RequestBody(required = false) Aterkallelse aterkallelse) {
        Arende arende = arenden.hamtaForAnsvarigSektion(arendenummer, "registrera att samtycket återkallats");
        return vy(sipar.aterkallaSamtycke(arende, aterkallelse == null ? null : aterkallelse.anteckning()));
    }

    public record Aterkallelse(String anteckning) {
    }

    public record SipVy(Long id, String status, String sektion, LocalDate behovRegistrerat, LocalDate erbjuden, String svar,
                        String inbjudna, LocalDate motesdatum, String motesplats, LocalDate moteHallet, String plan,
                        String huvudansvar, String huvudansvarig, LocalDate nastaUppfoljning, LocalDate avslutad,
                        List<SamtyckeVy> samtycken, List<UppfoljningVy> uppfoljningar) {
    }

    public record SamtyckeVy(LocalDate lamnat, String form, String omfattning, LocalDate aterkallat) {
    }

    public record UppfoljningVy(LocalDate datum, String anteckning, boolean fortsatter) {
    }

    private SipVy vy(Sip sip) {
        return new SipVy(sip.getId(), sip.getStatus().name(), sip.getSektion(), sip.getBehovRegistrerat(), sip.getErbjuden(),
                sip.getSvar() == null ? null : sip.getSvar().name(), sip.getInbjudna(), sip.getMotesdatum(),
                sip.getMotesplats(), sip.getMoteHallet(), sip.getPlan(),
                sip.getHuvudansvar() == null ? null : sip.getHuvudansvar().name(), sip.getHuvudansvarig(),
                sip.getNastaUppfoljning(), sip.getAvslutad(),
                sipar.samtycken(sip.getId()).stream()
                        .map(s -> new SamtyckeVy(s.getLamnat(), s.getForm().name(), s.getOmfattning(), s.getAterkallat())).toList(),
                sipar.uppfoljningar(sip.getId()).stream()
                        .map(u -> new UppfoljningVy(u.getDatum(), u.getAnteckning(), u.isFortsatter())).toList());
    }
}
