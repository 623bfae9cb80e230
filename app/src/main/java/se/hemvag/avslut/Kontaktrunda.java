package se.hemvag.avslut;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A round of contact attempts: it begins when the contact watch finds the client not heard from,
 * and only its own attempts count toward closing the case for lack of contact.
 */
@Entity
public class Kontaktrunda {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long arendeId;

    @Column(nullable = false)
    private Instant paborjad;

    protected Kontaktrunda() {
    }

    public Kontaktrunda(Long arendeId, Instant paborjad) {
        this.arendeId = arendeId;
        this.paborjad = paborjad;
    }

    public Long getId() { return id; }
    public Long getArendeId() { return arendeId; }
    public Instant getPaborjad() { return paborjad; }
}
