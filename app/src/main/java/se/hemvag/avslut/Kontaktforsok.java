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

    private Long kontaktrundaId;

    /** When the attempt was made, as the caseworker gives it. */
    @Column(nullable = false)
    private Instant tidpunkt;

    /** When it was typed in. */
    @Column(nullable = false)
    private Instant registrerad;

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

    public Kontaktforsok(Kontaktrunda runda, Instant tidpunkt, Kontaktkanal kanal, Kontaktresultat resultat,
                         String anteckning, Instant registrerad, String registreradAv) {
        this.arendeId = runda.getArendeId();
        this.kontaktrundaId = runda.getId();
        this.tidpunkt = tidpunkt;
        this.registrerad = registrerad;
        this.kanal = kanal;
        this.resultat = resultat;
        this.anteckning = anteckning;
        this.registreradAv = registreradAv;
    }

    /** An attempt registered before rounds existed joins the round its process instance was. */
    public void tillhor(Kontaktrunda runda) {
        if (kontaktrundaId == null && runda.getArendeId().equals(arendeId)) {
            kontaktrundaId = runda.getId();
        }
    }

    public Long getId() { return id; }
    public Long getArendeId() { return arendeId; }
    public Long getKontaktrundaId() { return kontaktrundaId; }
    public Instant getTidpunkt() { return tidpunkt; }
    public Instant getRegistrerad() { return registrerad; }
    public Kontaktkanal getKanal() { return kanal; }
    public Kontaktresultat getResultat() { return resultat; }
    public String getAnteckning() { return anteckning; }
    public String getRegistreradAv() { return registreradAv; }
}
