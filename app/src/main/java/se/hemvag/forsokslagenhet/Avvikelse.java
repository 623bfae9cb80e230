package se.hemvag.forsokslagenhet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A failed takeover investigated as a deviation: all professionals meet and talk with the client. */
@Entity
public class Avvikelse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long forsokslagenhetId;

    @Column(nullable = false)
    private LocalDate motesdatum;

    @Column(nullable = false)
    private String deltagare;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Avvikelseorsak orsak;

    @Column(nullable = false)
    private String klientensSyn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AvvikelseUtfall utfall;

    private LocalDate nyGranskning;

    @Column(nullable = false)
    private String registreradAv;

    protected Avvikelse() {
    }

    public Avvikelse(Long forsokslagenhetId, LocalDate motesdatum, String deltagare, Avvikelseorsak orsak,
                     String klientensSyn, AvvikelseUtfall utfall, LocalDate nyGranskning, String registreradAv) {
        this.forsokslagenhetId = forsokslagenhetId;
        this.motesdatum = motesdatum;
        this.deltagare = deltagare;
        this.orsak = orsak;
        this.klientensSyn = klientensSyn;
        this.utfall = utfall;
        this.nyGranskning = nyGranskning;
        this.registreradAv = registreradAv;
    }

    public Long getForsokslagenhetId() { return forsokslagenhetId; }
    public LocalDate getMotesdatum() { return motesdatum; }
    public Avvikelseorsak getOrsak() { return orsak; }
    public AvvikelseUtfall getUtfall() { return utfall; }
    public LocalDate getNyGranskning() { return nyGranskning; }
    public String getRegistreradAv() { return registreradAv; }
}
