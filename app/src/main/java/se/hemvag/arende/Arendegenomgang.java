package se.hemvag.arende;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A case gone through by the section's gruppledare or biträdande enhetschef with its caseworker. */
@Entity
public class Arendegenomgang {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long arendeId;

    /** Camunda group id of the section whose case it was at the review. */
    @Column(nullable = false)
    private String sektion;

    @Column(nullable = false)
    private LocalDate datum;

    /** The caseworker the case was gone through with (Camunda user id). */
    @Column(nullable = false)
    private String handlaggare;

    @Column(nullable = false)
    private String anteckning;

    @Column(nullable = false)
    private String genomfordAv;

    protected Arendegenomgang() {
    }

    public Arendegenomgang(Long arendeId, String sektion, LocalDate datum, String handlaggare, String anteckning,
                           String genomfordAv) {
        this.arendeId = arendeId;
        this.sektion = sektion;
        this.datum = datum;
        this.handlaggare = handlaggare;
        this.anteckning = anteckning;
        this.genomfordAv = genomfordAv;
    }

    public Long getId() { return id; }
    public Long getArendeId() { return arendeId; }
    public String getSektion() { return sektion; }
    public LocalDate getDatum() { return datum; }
    public String getHandlaggare() { return handlaggare; }
    public String getAnteckning() { return anteckning; }
    public String getGenomfordAv() { return genomfordAv; }
}
