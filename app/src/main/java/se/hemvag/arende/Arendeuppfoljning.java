package se.hemvag.arende;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A follow-up with the client (at least every third month while the case is open). */
@Entity
public class Arendeuppfoljning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long arendeId;

    @Column(nullable = false)
    private LocalDate uppfoljningsdatum;

    @Column(nullable = false)
    private String sammanfattning;

    /** False when the follow-up concluded that the case is to be closed. */
    private boolean fortsatt;

    @Column(nullable = false)
    private String registreradAv;

    /** Whether the client was active at jobbtorg; null in follow-ups from before it was asked. */
    @Enumerated(EnumType.STRING)
    private Jobbtorg jobbtorg;

    protected Arendeuppfoljning() {
    }

    public Arendeuppfoljning(Long arendeId, LocalDate uppfoljningsdatum, String sammanfattning, boolean fortsatt,
                             Jobbtorg jobbtorg, String registreradAv) {
        this.arendeId = arendeId;
        this.uppfoljningsdatum = uppfoljningsdatum;
        this.sammanfattning = sammanfattning;
        this.fortsatt = fortsatt;
        this.jobbtorg = jobbtorg;
        this.registreradAv = registreradAv;
    }

    public Long getId() { return id; }
    public Long getArendeId() { return arendeId; }
    public LocalDate getUppfoljningsdatum() { return uppfoljningsdatum; }
    public String getSammanfattning() { return sammanfattning; }
    public boolean isFortsatt() { return fortsatt; }
    public String getRegistreradAv() { return registreradAv; }
    public Jobbtorg getJobbtorg() { return jobbtorg; }
}
