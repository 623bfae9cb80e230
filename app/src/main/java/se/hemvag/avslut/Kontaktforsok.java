package se.hemvag.avslut;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A documented attempt to reach a client who has not been heard from: when, how, with what result. */
@Entity
public class Kontaktforsok {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long arendeId;

    @Column(nullable = false)
    private Instant tidpunkt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kontaktkanal kanal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kontaktresultat resultat;

    private String anteckning;

    @Column(nullable = false)
    private String registreradAv;

    protected Kontaktforsok() {
    }

    public Kontaktforsok(Long arendeId, Instant tidpunkt, Kontaktkanal kanal, Kontaktresultat resultat,
                         String anteckning, String registreradAv) {
        this.arendeId = arendeId;
        this.tidpunkt = tidpunkt;
        this.kanal = kanal;
        this.resultat = resultat;
        this.anteckning = anteckning;
        this.registreradAv = registreradAv;
    }

    public Long getId() { return id; }
    public Long getArendeId() { return arendeId; }
    public Instant getTidpunkt() { return tidpunkt; }
    public Kontaktkanal getKanal() { return kanal; }
    public Kontaktresultat getResultat() { return resultat; }
    public String getAnteckning() { return anteckning; }
    public String getRegistreradAv() { return registreradAv; }
}
