package se.hemvag.tillhorighet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** What the belonging investigation found, and what Decision_Tillhorighet made of it. */
@Entity
public class Tillhorighetsutredning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long arendeId;

    private boolean kontaktStadsdel;

    @Enumerated(EnumType.STRING)
    private Stadsdel stadsdel;

    private boolean kontaktBarn;

    private int alder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Hemloshetssituation hemloshetssituation;

    private boolean behovEkonomi;
    private boolean behovMissbruk;
    private boolean behovPsykiskOhalsa;
    private boolean behovAldreSomatik;

    private String anteckning;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Tillhorighet beslut;

    @Column(nullable = false)
    private String utreddAv;

    @Column(nullable = false)
    private LocalDate utreddDatum;

    protected Tillhorighetsutredning() {
    }

    public Tillhorighetsutredning(Long arendeId, boolean kontaktStadsdel, Stadsdel stadsdel, boolean kontaktBarn, int alder,
                           Hemloshetssituation hemloshetssituation, Behov behov, String anteckning,
                           Tillhorighet beslut, String utreddAv, LocalDate utreddDatum) {
        this.arendeId = arendeId;
        this.kontaktStadsdel = kontaktStadsdel;
        this.stadsdel = stadsdel;
        this.kontaktBarn = kontaktBarn;
        this.alder = alder;
        this.hemloshetssituation = hemloshetssituation;
        this.behovEkonomi = behov.ekonomi();
        this.behovMissbruk = behov.missbruk();
        this.behovPsykiskOhalsa = behov.psykiskOhalsa();
        this.behovAldreSomatik = behov.aldreSomatik();
        this.anteckning = anteckning;
        this.beslut = beslut;
        this.utreddAv = utreddAv;
        this.utreddDatum = utreddDatum;
    }

    /** The needs that Decision_AnsvarigSektion routes on. */
    public record Behov(boolean ekonomi, boolean missbruk, boolean psykiskOhalsa, boolean aldreSomatik) {
    }

    public Long getId() { return id; }
    public Long getArendeId() { return arendeId; }
    public boolean isKontaktStadsdel() { return kontaktStadsdel; }
    public Stadsdel getStadsdel() { return stadsdel; }
    public boolean isKontaktBarn() { return kontaktBarn; }
    public int getAlder() { return alder; }
    public Hemloshetssituation getHemloshetssituation() { return hemloshetssituation; }
    public Behov getBehov() { return new Behov(behovEkonomi, behovMissbruk, behovPsykiskOhalsa, behovAldreSomatik); }
    public String getAnteckning() { return anteckning; }
    public Tillhorighet getBeslut() { return beslut; }
    public String getUtreddAv() { return utreddAv; }
    public LocalDate getUtreddDatum() { return utreddDatum; }
}
