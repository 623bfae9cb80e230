package se.hemvag.arende;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** Another section brought into a case for a need of its own; it decides on its own intervention. */
@Entity
public class Medhandlaggning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long arendeId;

    /** Camunda group id of the co-handling section. */
    @Column(nullable = false)
    private String sektion;

    @Column(nullable = false)
    private String behov;

    @Column(nullable = false)
    private LocalDate begard;

    @Column(nullable = false)
    private String begardAv;

    private LocalDate beslutad;

    private String beslutadAv;

    protected Medhandlaggning() {
    }

    public Medhandlaggning(Long arendeId, String sektion, String behov, LocalDate begard, String begardAv) {
        this.arendeId = arendeId;
        this.sektion = sektion;
        this.behov = behov;
        this.begard = begard;
        this.begardAv = begardAv;
    }

    public void beslutad(LocalDate datum, String av) {
        this.beslutad = datum;
        this.beslutadAv = av;
    }

    public Long getId() { return id; }
    public Long getArendeId() { return arendeId; }
    public String getSektion() { return sektion; }
    public String getBehov() { return behov; }
    public LocalDate getBegard() { return begard; }
    public String getBegardAv() { return begardAv; }
    public LocalDate getBeslutad() { return beslutad; }
    public String getBeslutadAv() { return beslutadAv; }
}
