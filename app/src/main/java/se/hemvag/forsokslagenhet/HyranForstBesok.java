package se.hemvag.forsokslagenhet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A client's visit to Hyran först, on the client's case: what help was given. */
@Entity
public class HyranForstBesok {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long tillfalleId;

    @Column(nullable = false)
    private Long arendeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Hyreshjalp hjalp;

    private String anteckning;

    @Column(nullable = false)
    private String registreradAv;

    protected HyranForstBesok() {
    }

    HyranForstBesok(Long tillfalleId, Long arendeId, Hyreshjalp hjalp, String anteckning, String registreradAv) {
        this.tillfalleId = tillfalleId;
        this.arendeId = arendeId;
        this.hjalp = hjalp;
        this.anteckning = anteckning;
        this.registreradAv = registreradAv;
    }

    public Long getTillfalleId() { return tillfalleId; }
    public Long getArendeId() { return arendeId; }
    public Hyreshjalp getHjalp() { return hjalp; }
    public String getAnteckning() { return anteckning; }
    public String getRegistreradAv() { return registreradAv; }
}
