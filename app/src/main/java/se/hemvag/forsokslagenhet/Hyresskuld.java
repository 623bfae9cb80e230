package se.hemvag.forsokslagenhet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A rent debt in a trial apartment, reported by the landlord or the housing support, and what was done. */
@Entity
public class Hyresskuld {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long forsokslagenhetId;

    @Column(nullable = false)
    private LocalDate anmald;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Anmalare anmaldAv;

    /** Kronor owed. */
    @Column(nullable = false)
    private int belopp;

    private String anteckning;

    @Column(nullable = false)
    private String registreradAv;

    private String atgard;
    private LocalDate hanterad;
    private String hanteradAv;

    protected Hyresskuld() {
    }

    Hyresskuld(Long forsokslagenhetId, LocalDate anmald, Anmalare anmaldAv, int belopp, String anteckning, String registreradAv) {
        this.forsokslagenhetId = forsokslagenhetId;
        this.anmald = anmald;
        this.anmaldAv = anmaldAv;
        this.belopp = belopp;
        this.anteckning = anteckning;
        this.registreradAv = registreradAv;
    }

    public void hanterad(String atgard, LocalDate datum, String av) {
        this.atgard = atgard;
        this.hanterad = datum;
        this.hanteradAv = av;
    }

    public Long getId() { return id; }
    public Long getForsokslagenhetId() { return forsokslagenhetId; }
    public LocalDate getAnmald() { return anmald; }
    public Anmalare getAnmaldAv() { return anmaldAv; }
    public int getBelopp() { return belopp; }
    public String getAnteckning() { return anteckning; }
    public String getRegistreradAv() { return registreradAv; }
    public String getAtgard() { return atgard; }
    public LocalDate getHanterad() { return hanterad; }
    public String getHanteradAv() { return hanteradAv; }
}
