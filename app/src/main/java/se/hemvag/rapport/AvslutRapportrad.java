package se.hemvag.rapport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A closed case as the unit's figures count it: no names, only what the indicators need. */
@Entity
@Table(name = "rapport_avslut")
public class AvslutRapportrad {

    @Id
    private Long arendeId;

    /** The client: the unit's figures count individuals, a client closed twice in a period once. */
    @Column(nullable = false)
    private Long klientId;

    @Column(nullable = false)
    private LocalDate ansokningsdatum;

    @Column(nullable = false)
    private LocalDate avslutsdatum;

    @Column(nullable = false)
    private String kon;

    private String sektion;

    @Column(nullable = false)
    private String orsak;

    @Column(nullable = false)
    private String boende;

    @Column(nullable = false)
    private boolean stadigvarande;

    @Column(nullable = false)
    private String egenForsorjning;

    @Column(nullable = false)
    private int dagar;

    /** The client applied again within 365 days of this closure. */
    @Column(nullable = false)
    private boolean aterkomstInomAr;

    protected AvslutRapportrad() {
    }

    AvslutRapportrad(Long arendeId, Long klientId, LocalDate ansokningsdatum, LocalDate avslutsdatum, String kon, String sektion, String orsak,
                     String boende, boolean stadigvarande, String egenForsorjning, int dagar, boolean aterkomstInomAr) {
        this.arendeId = arendeId;
        this.klientId = klientId;
        this.ansokningsdatum = ansokningsdatum;
        this.avslutsdatum = avslutsdatum;
        this.kon = kon;
        this.sektion = sektion;
        this.orsak = orsak;
        this.boende = boende;
        this.stadigvarande = stadigvarande;
        this.egenForsorjning = egenForsorjning;
        this.dagar = dagar;
        this.aterkomstInomAr = aterkomstInomAr;
    }

    void aterkomInomAr() {
        this.aterkomstInomAr = true;
    }

    public Long getArendeId() { return arendeId; }
    public Long getKlientId() { return klientId; }
    public boolean isAterkomstInomAr() { return aterkomstInomAr; }
    public LocalDate getAvslutsdatum() { return avslutsdatum; }
    public String getKon() { return kon; }
    public String getBoende() { return boende; }
    public boolean isStadigvarande() { return stadigvarande; }
}
