package se.hemvag.forsokslagenhet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** One month's Hyran först: two hours of open house around the pension and salary dates. */
@Entity
public class HyranForstTillfalle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private LocalDate datum;

    @Column(nullable = false)
    private String plats;

    private LocalDate stangt;

    protected HyranForstTillfalle() {
    }

    HyranForstTillfalle(LocalDate datum, String plats) {
        this.datum = datum;
        this.plats = plats;
    }

    void stang(LocalDate datum) {
        this.stangt = datum;
    }

    public Long getId() { return id; }
    public LocalDate getDatum() { return datum; }
    public String getPlats() { return plats; }
    public LocalDate getStangt() { return stangt; }
}
