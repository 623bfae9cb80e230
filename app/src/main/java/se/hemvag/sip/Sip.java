package se.hemvag.sip;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import se.hemvag.arende.Arende;
import se.hemvag.klient.Kon;

/** A SIP (samordnad individuell plan) for a case, from the offer to its end. */
@Entity
public class Sip {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long arendeId;

    /** The client's sex, as on the case: the SIP figures are for women and men. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kon kon;

    /** The section that offers and convenes the SIP. */
    @Column(nullable = false)
    private String sektion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SipStatus status;

    @Column(nullable = false)
    private LocalDate behovRegistrerat;

    private LocalDate erbjuden;
    private String erbjudenAv;

    @Enumerated(EnumType.STRING)
    private SipSvar svar;

    private String avbojtAnledning;
    private String inbjudna;
    private LocalDate motesdatum;
    private String motesplats;
    private LocalDate moteHallet;
    private Boolean klientenDeltog;
    private String plan;

    @Enumerated(EnumType.STRING)
    private Huvudansvar huvudansvar;

    private String huvudansvarig;
    private LocalDate nastaUppfoljning;
    private LocalDate avslutad;

    /** The case id while the SIP is under way, null otherwise: unique, so a case has one SIP under way at a time. */
    private Long pagaendeForArende;

    protected Sip() {
    }

    Sip(Arende arende, LocalDate behovRegistrerat) {
        this.arendeId = arende.getId();
        this.kon = arende.getKon();
        this.sektion = arende.getAnsvarigSektion();
        this.behovRegistrerat = behovRegistrerat;
        status(SipStatus.ERBJUDS);
    }

    private void status(SipStatus ny) {
        this.status = ny;
        this.pagaendeForArende = ny.isPagaende() ? arendeId : null;
    }

    public void erbjuden(LocalDate datum, String av, SipSvar svar, String avbojtAnledning) {
        this.erbjuden = datum;
        this.erbjudenAv = av;
        this.svar = svar;
        this.avbojtAnledning = avbojtAnledning;
        status(svar == SipSvar.ACCEPTERAT ? SipStatus.PLANERAS : SipStatus.AVBOJD);
        if (svar == SipSvar.AVBOJT) {
            this.avslutad = datum;
        }
    }

    public void inbjudan(String inbjudna, LocalDate motesdatum, String motesplats) {
        this.inbjudna = inbjudna;
        this.motesdatum = motesdatum;
        this.motesplats = motesplats;
    }

    public void planUpprattad(LocalDate moteHallet, boolean klientenDeltog, String plan, Huvudansvar huvudansvar,
                              String huvudansvarig, LocalDate nastaUppfoljning) {
        this.moteHallet = moteHallet;
        this.klientenDeltog = klientenDeltog;
        this.plan = plan;
        this.huvudansvar = huvudansvar;
        this.huvudansvarig = huvudansvarig;
        this.nastaUppfoljning = nastaUppfoljning;
        status(SipStatus.PLAN_UPPRATTAD);
    }

    public void uppfoljd(LocalDate nastaUppfoljning) {
        this.nastaUppfoljning = nastaUppfoljning;
    }

    public void avslutad(SipStatus slutstatus, LocalDate datum) {
        status(slutstatus);
        this.avslutad = datum;
        this.nastaUppfoljning = null;
    }

    public Long getId() { return id; }
    public Long getArendeId() { return arendeId; }
    public String getSektion() { return sektion; }
    public SipStatus getStatus() { return status; }
    public LocalDate getBehovRegistrerat() { return behovRegistrerat; }
    public LocalDate getErbjuden() { return erbjuden; }
    public String getErbjudenAv() { return erbjudenAv; }
    public SipSvar getSvar() { return svar; }
    public String getAvbojtAnledning() { return avbojtAnledning; }
    public String getInbjudna() { return inbjudna; }
    public LocalDate getMotesdatum() { return motesdatum; }
    public String getMotesplats() { return motesplats; }
    public LocalDate getMoteHallet() { return moteHallet; }
    public Boolean getKlientenDeltog() { return klientenDeltog; }
    public String getPlan() { return plan; }
    public Huvudansvar getHuvudansvar() { return huvudansvar; }
    public String getHuvudansvarig() { return huvudansvarig; }
    public LocalDate getNastaUppfoljning() { return nastaUppfoljning; }
    public LocalDate getAvslutad() { return avslutad; }
}
