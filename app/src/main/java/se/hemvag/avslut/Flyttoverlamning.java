package se.hemvag.avslut;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import se.hemvag.tillhorighet.Overlamningssatt;

/** The handover of a case to the social services of the municipality or district the client moves to. */
@Entity
public class Flyttoverlamning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long arendeId;

    @Column(nullable = false)
    private String mottagare;

    @Column(nullable = false)
    private LocalDate overlamningsdatum;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Overlamningssatt satt;

    private String kontaktperson;

    private String anteckning;

    @Column(nullable = false)
    private String registreradAv;

    protected Flyttoverlamning() {
    }

    public Flyttoverlamning(Long arendeId, String mottagare, LocalDate overlamningsdatum, Overlamningssatt satt,
                            String kontaktperson, String anteckning, String registreradAv) {
        this.arendeId = arendeId;
        this.mottagare = mottagare;
        this.overlamningsdatum = overlamningsdatum;
        this.satt = satt;
        this.kontaktperson = kontaktperson;
        this.anteckning = anteckning;
        this.registreradAv = registreradAv;
    }

    public Long getId() { return id; }
    public Long getArendeId() { return arendeId; }
    public String getMottagare() { return mottagare; }
    public LocalDate getOverlamningsdatum() { return overlamningsdatum; }
    public Overlamningssatt getSatt() { return satt; }
    public String getKontaktperson() { return kontaktperson; }
    public String getAnteckning() { return anteckning; }
    public String getRegistreradAv() { return registreradAv; }
}
