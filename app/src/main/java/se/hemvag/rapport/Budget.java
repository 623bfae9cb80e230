package se.hemvag.rapport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A section's placement budget for one month, in kronor, as the unit set it. */
@Entity
class Budget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String sektion;

    @Column(nullable = false)
    private int ar;

    @Column(nullable = false)
    private int manad;

    @Column(nullable = false)
    private long belopp;

    @Column(nullable = false)
    private String sattAv;

    protected Budget() {
    }

    Budget(String sektion, int ar, int manad, long belopp, String sattAv) {
        this.sektion = sektion;
        this.ar = ar;
        this.manad = manad;
        this.belopp = belopp;
        this.sattAv = sattAv;
    }

    void andra(long nyttBelopp, String av) {
        belopp = nyttBelopp;
        sattAv = av;
    }

    int getManad() { return manad; }
    long getBelopp() { return belopp; }
}
