package se.hemvag.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One access to client data in the access log: never changed once written. */
@Entity
@Immutable
@Table(name = "atkomstlogg")
public class Atkomst {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant tidpunkt;

    @Column(nullable = false)
    private String anvandare;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Atkomsttyp atgard;

    private String arendenummer;
    private Long klientId;

    /** The request: method and path, e.g. "GET /api/arenden/2026-00004/sip". */
    @Column(nullable = false)
    private String vad;

    /** The HTTP status the user got: a refused attempt is logged too. */
    @Column(nullable = false)
    private int status;

    protected Atkomst() {
    }

    Atkomst(Instant tidpunkt, String anvandare, Atkomsttyp atgard, String arendenummer, Long klientId, String vad, int status) {
        this.tidpunkt = tidpunkt;
        this.anvandare = anvandare;
        this.atgard = atgard;
        this.arendenummer = arendenummer;
        this.klientId = klientId;
        this.vad = vad;
        this.status = status;
    }

    public Long getId() { return id; }
    public Instant getTidpunkt() { return tidpunkt; }
    public String getAnvandare() { return anvandare; }
    public Atkomsttyp getAtgard() { return atgard; }
    public String getArendenummer() { return arendenummer; }
    public Long getKlientId() { return klientId; }
    public String getVad() { return vad; }
    public int getStatus() { return status; }
}
