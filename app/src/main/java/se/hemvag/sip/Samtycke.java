package se.hemvag.sip;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The client's consent to a SIP: when, how and to what. It can be revoked, which stops the SIP. */
@Entity
@Table(name = "sip_samtycke")
public class Samtycke {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long sipId;

    @Column(nullable = false)
    private LocalDate lamnat;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Samtyckesform form;

    /** Which agencies may share what with each other. */
    @Column(nullable = false)
    private String omfattning;

    @Column(nullable = false)
    private String registreratAv;

    private LocalDate aterkallat;
    private String aterkallatAv;
    private String aterkallatAnteckning;

    protected Samtycke() {
    }

    public Samtycke(Long sipId, LocalDate lamnat, Samtyckesform form, String omfattning, String registreratAv) {
        this.sipId = sipId;
        this.lamnat = lamnat;
        this.form = form;
        this.omfattning = omfattning;
        this.registreratAv = registreratAv;
    }

    void aterkalla(LocalDate datum, String av, String anteckning) {
        this.aterkallat = datum;
        this.aterkallatAv = av;
        this.aterkallatAnteckning = anteckning;
    }

    public boolean isGallande() {
        return aterkallat == null;
    }

    public Long getId() { return id; }
    public Long getSipId() { return sipId; }
    public LocalDate getLamnat() { return lamnat; }
    public Samtyckesform getForm() { return form; }
    public String getOmfattning() { return omfattning; }
    public String getRegistreratAv() { return registreratAv; }
    public LocalDate getAterkallat() { return aterkallat; }
    public String getAterkallatAv() { return aterkallatAv; }
    public String getAterkallatAnteckning() { return aterkallatAnteckning; }
}
