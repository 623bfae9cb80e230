package se.hemvag.stickprov;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A month's draw: which month's investigations, when, and how many there were to draw from. One per month. */
@Entity
@Table(name = "stickprov_dragning")
class Manadsdragning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The first day of the month whose investigations were drawn from. */
    @Column(nullable = false)
    private LocalDate manad;

    @Column(nullable = false)
    private Instant dragen;

    @Column(name = "antal_utredningar", nullable = false)
    private int antalUtredningar;

    protected Manadsdragning() {
    }

    Manadsdragning(LocalDate manad, Instant dragen, int antalUtredningar) {
        this.manad = manad;
        this.dragen = dragen;
        this.antalUtredningar = antalUtredningar;
    }

    Long getId() { return id; }
    LocalDate getManad() { return manad; }
    Instant getDragen() { return dragen; }
    int getAntalUtredningar() { return antalUtredningar; }
}
