package se.hemvag.forsokslagenhet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A client with a rent debt invited to the next Hyran först; the session takes it when it opens. */
@Entity
public class HyranForstInbjudan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long arendeId;

    @Column(nullable = false)
    private Long hyresskuldId;

    @Column(nullable = false)
    private LocalDate inbjuden;

    private Long tillfalleId;

    protected HyranForstInbjudan() {
    }

    HyranForstInbjudan(Long arendeId, Long hyresskuldId, LocalDate inbjuden) {
        this.arendeId = arendeId;
        this.hyresskuldId = hyresskuldId;
        this.inbjuden = inbjuden;
    }

    void till(Long tillfalleId) {
        this.tillfalleId = tillfalleId;
    }

    public Long getArendeId() { return arendeId; }
    public Long getTillfalleId() { return tillfalleId; }
}
