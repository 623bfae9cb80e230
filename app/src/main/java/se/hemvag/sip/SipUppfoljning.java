package se.hemvag.sip;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** One follow-up of a SIP's plan. */
@Entity
public class SipUppfoljning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long sipId;

    @Column(nullable = false)
    private LocalDate datum;

    @Column(nullable = false)
    private String anteckning;

    @Column(nullable = false)
    private boolean fortsatter;

    @Column(nullable = false)
    private String registreradAv;

    protected SipUppfoljning() {
    }

    public SipUppfoljning(Long sipId, LocalDate datum, String anteckning, boolean fortsatter, String registreradAv) {
        this.sipId = sipId;
        this.datum = datum;
        this.anteckning = anteckning;
        this.fortsatter = fortsatter;
        this.registreradAv = registreradAv;
    }

    public Long getSipId() { return sipId; }
    public LocalDate getDatum() { return datum; }
    public String getAnteckning() { return anteckning; }
    public boolean isFortsatter() { return fortsatter; }
    public String getRegistreradAv() { return registreradAv; }
}
