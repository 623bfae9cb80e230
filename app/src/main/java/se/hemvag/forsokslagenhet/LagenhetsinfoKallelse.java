package se.hemvag.forsokslagenhet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/**
 * A client called to Lägenhetsinfo. Without a session it waits for the next one with room; after
 * the session it holds the attendance and the client's evaluation.
 */
@Entity
public class LagenhetsinfoKallelse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long forsokslagenhetId;

    private Long tillfalleId;

    @Column(nullable = false)
    private LocalDate kallad;

    private Boolean narvarande;
    private Integer betyg;
    private String utvardering;
    private Boolean parmUtdelad;
    private String registreradAv;

    protected LagenhetsinfoKallelse() {
    }

    LagenhetsinfoKallelse(Long forsokslagenhetId, LocalDate kallad) {
        this.forsokslagenhetId = forsokslagenhetId;
        this.kallad = kallad;
    }

    void till(Long tillfalleId) {
        this.tillfalleId = tillfalleId;
    }

    void narvaro(boolean narvarande, Integer betyg, String utvardering, boolean parmUtdelad, String registreradAv) {
        this.narvarande = narvarande;
        this.betyg = betyg;
        this.utvardering = utvardering;
        this.parmUtdelad = parmUtdelad;
        this.registreradAv = registreradAv;
    }

    public Long getId() { return id; }
    public Long getForsokslagenhetId() { return forsokslagenhetId; }
    public Long getTillfalleId() { return tillfalleId; }
    public LocalDate getKallad() { return kallad; }
    public Boolean getNarvarande() { return narvarande; }
    public Integer getBetyg() { return betyg; }
    public String getUtvardering() { return utvardering; }
    public Boolean getParmUtdelad() { return parmUtdelad; }
    public String getRegistreradAv() { return registreradAv; }
}
