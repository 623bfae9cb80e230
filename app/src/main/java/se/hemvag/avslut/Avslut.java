package se.hemvag.avslut;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** The avslutningsblankett of a closed case: reason, housing and self-sufficiency at exit. */
@Entity
public class Avslut {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private Long arendeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Avslutsorsak orsak;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BoendeVidAvslut boendeVidAvslut;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EgenForsorjning egenForsorjning;

    @Column(nullable = false)
    private LocalDate avslutsdatum;

    private String anteckning;

    @Column(nullable = false)
    private String registreradAv;

    protected Avslut() {
    }

    public Avslut(Long arendeId, Avslutsorsak orsak, BoendeVidAvslut boendeVidAvslut, EgenForsorjning egenForsorjning,
                  LocalDate avslutsdatum, String anteckning, String registreradAv) {
        this.arendeId = arendeId;
        this.orsak = orsak;
        this.boendeVidAvslut = boendeVidAvslut;
        this.egenForsorjning = egenForsorjning;
        this.avslutsdatum = avslutsdatum;
        this.anteckning = anteckning;
        this.registreradAv = registreradAv;
    }

    public Long getId() { return id; }
    public Long getArendeId() { return arendeId; }
    public Avslutsorsak getOrsak() { return orsak; }
    public BoendeVidAvslut getBoendeVidAvslut() { return boendeVidAvslut; }
    public EgenForsorjning getEgenForsorjning() { return egenForsorjning; }
    public LocalDate getAvslutsdatum() { return avslutsdatum; }
    public String getAnteckning() { return anteckning; }
    public String getRegistreradAv() { return registreradAv; }
}
