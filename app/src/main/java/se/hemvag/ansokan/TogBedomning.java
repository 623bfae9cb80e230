package se.hemvag.ansokan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** An evening assessment under the tak över huvudet-garanti, and its decision. */
@Entity
public class TogBedomning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long klientId;

    /** The client's open case at the time, if there was one. */
    private Long arendeId;

    @Column(nullable = false)
    private Instant bedomd;

    private int alder;
    private boolean hemlos;
    private boolean missbrukEllerPsykiskOhalsa;
    private boolean tillhorStockholm;

    @Column(nullable = false)
    private String regelnsForslag;

    /** BEVILJAT or AVSLAG: the caseworker's decision, which may differ from the rule's suggestion. */
    @Column(nullable = false)
    private String beslut;

    private String nattlogi;

    @Column(nullable = false)
    private String motivering;

    @Column(nullable = false)
    private String bedomdAv;

    protected TogBedomning() {
    }

    public TogBedomning(Long klientId, Long arendeId, Instant bedomd, int alder, boolean hemlos, boolean missbrukEllerPsykiskOhalsa,
                        boolean tillhorStockholm, String regelnsForslag, String beslut, String nattlogi,
                        String motivering, String bedomdAv) {
        this.klientId = klientId;
        this.arendeId = arendeId;
        this.bedomd = bedomd;
        this.alder = alder;
        this.hemlos = hemlos;
        this.missbrukEllerPsykiskOhalsa = missbrukEllerPsykiskOhalsa;
        this.tillhorStockholm = tillhorStockholm;
        this.regelnsForslag = regelnsForslag;
        this.beslut = beslut;
        this.nattlogi = nattlogi;
        this.motivering = motivering;
        this.bedomdAv = bedomdAv;
    }

    public Long getId() { return id; }
    public Long getKlientId() { return klientId; }
    public Long getArendeId() { return arendeId; }
    public Instant getBedomd() { return bedomd; }
    public int getAlder() { return alder; }
    public boolean isHemlos() { return hemlos; }
    public boolean isMissbrukEllerPsykiskOhalsa() { return missbrukEllerPsykiskOhalsa; }
    public boolean isTillhorStockholm() { return tillhorStockholm; }
    public String getRegelnsForslag() { return regelnsForslag; }
    public String getBeslut() { return beslut; }
    public String getNattlogi() { return nattlogi; }
    public String getMotivering() { return motivering; }
    public String getBedomdAv() { return bedomdAv; }
}
