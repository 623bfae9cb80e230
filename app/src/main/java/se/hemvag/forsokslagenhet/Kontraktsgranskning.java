package se.hemvag.forsokslagenhet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** The review before a contract takeover: how the client has lived, and the outcome. */
@Entity
public class Kontraktsgranskning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long forsokslagenhetId;

    @Column(nullable = false)
    private LocalDate datum;

    @Column(nullable = false)
    private boolean hyranBetald;

    @Column(nullable = false)
    private boolean nyaSkulder;

    @Column(nullable = false)
    private boolean storningar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HyresvardensSyn hyresvardensSyn;

    private String anteckning;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Granskningsresultat resultat;

    @Column(nullable = false)
    private String registreradAv;

    protected Kontraktsgranskning() {
    }

    public Kontraktsgranskning(Long forsokslagenhetId, LocalDate datum, boolean hyranBetald, boolean nyaSkulder,
                               boolean storningar, HyresvardensSyn hyresvardensSyn, String anteckning,
                               Granskningsresultat resultat, String registreradAv) {
        this.forsokslagenhetId = forsokslagenhetId;
        this.datum = datum;
        this.hyranBetald = hyranBetald;
        this.nyaSkulder = nyaSkulder;
        this.storningar = storningar;
        this.hyresvardensSyn = hyresvardensSyn;
        this.anteckning = anteckning;
        this.resultat = resultat;
        this.registreradAv = registreradAv;
    }

    public Long getForsokslagenhetId() { return forsokslagenhetId; }
    public LocalDate getDatum() { return datum; }
    public boolean isHyranBetald() { return hyranBetald; }
    public boolean isNyaSkulder() { return nyaSkulder; }
    public boolean isStorningar() { return storningar; }
    public Granskningsresultat getResultat() { return resultat; }
    public HyresvardensSyn getHyresvardensSyn() { return hyresvardensSyn; }
    public String getAnteckning() { return anteckning; }
    public String getRegistreradAv() { return registreradAv; }
}
