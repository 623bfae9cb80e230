package se.hemvag.forsokslagenhet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One Lägenhetsinfo session: the mandatory group information before moving into a trial apartment. */
@Entity
public class LagenhetsinfoTillfalle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant borjar;

    @Column(nullable = false)
    private String plats;

    @Column(nullable = false)
    private int kapacitet;

    @Column(nullable = false)
    private String ledare;

    @Column(nullable = false)
    private String planeratAv;

    @Column(nullable = false)
    private boolean deltagarlistaStangd;

    protected LagenhetsinfoTillfalle() {
    }

    LagenhetsinfoTillfalle(Instant borjar, String plats, int kapacitet, String ledare, String planeratAv) {
        this.borjar = borjar;
        this.plats = plats;
        this.kapacitet = kapacitet;
        this.ledare = ledare;
        this.planeratAv = planeratAv;
    }

    void stangDeltagarlistan() {
        this.deltagarlistaStangd = true;
    }

    public boolean isDeltagarlistaStangd() { return deltagarlistaStangd; }
    public Long getId() { return id; }
    public Instant getBorjar() { return borjar; }
    public String getPlats() { return plats; }
    public int getKapacitet() { return kapacitet; }
    public String getLedare() { return ledare; }
}
