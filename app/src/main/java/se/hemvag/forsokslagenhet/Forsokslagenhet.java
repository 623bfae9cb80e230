package se.hemvag.forsokslagenhet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/**
 * A trial apartment (försökslägenhet): rented second-hand from social services on condition of
 * housing support, and after about 18 months taken over by the client, or not.
 */
@Entity
public class Forsokslagenhet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long arendeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ForsokslagenhetStatus status;

    @Column(nullable = false)
    private LocalDate ansokt;

    @Column(nullable = false)
    private String ansoktAv;

    @Column(nullable = false)
    private boolean ekonomiUtredd;

    /** The areas of life where the client shows stability. */
    @Column(nullable = false)
    private String stabilitet;

    private LocalDate beslutsdatum;
    private String beslutMotivering;
    private String adress;
    private String hyresvard;
    private LocalDate kontraktFran;
    private LocalDate kontraktTill;
    private String boendestodUtforare;
    private LocalDate boendestodFran;
    private Integer boendestodTimmar;
    private LocalDate inflyttning;
    private LocalDate granskning;
    private LocalDate avslutad;

    protected Forsokslagenhet() {
    }

    Forsokslagenhet(Long arendeId, LocalDate ansokt, String ansoktAv, boolean ekonomiUtredd, String stabilitet) {
        this.arendeId = arendeId;
        this.ansokt = ansokt;
        this.ansoktAv = ansoktAv;
        this.ekonomiUtredd = ekonomiUtredd;
        this.stabilitet = stabilitet;
        this.status = ForsokslagenhetStatus.ANSOKT;
    }

    public void beslut(boolean beviljad, LocalDate datum, String motivering) {
        this.status = beviljad ? ForsokslagenhetStatus.BEVILJAD : ForsokslagenhetStatus.AVSLAG;
        this.beslutsdatum = datum;
        this.beslutMotivering = motivering;
        if (!beviljad) {
            this.avslutad = datum;
        }
    }

    public void lagenhet(String adress, String hyresvard, LocalDate kontraktFran, LocalDate kontraktTill) {
        this.adress = adress;
        this.hyresvard = hyresvard;
        this.kontraktFran = kontraktFran;
        this.kontraktTill = kontraktTill;
    }

    public void boendestod(String utforare, LocalDate fran, int timmarPerVecka) {
        this.boendestodUtforare = utforare;
        this.boendestodFran = fran;
        this.boendestodTimmar = timmarPerVecka;
    }

    public void inflyttad(LocalDate datum, LocalDate granskning) {
        this.inflyttning = datum;
        this.granskning = granskning;
        this.status = ForsokslagenhetStatus.BOR;
    }

    public void nyGranskning(LocalDate datum) {
        this.granskning = datum;
    }

    public void avslutad(ForsokslagenhetStatus slutstatus, LocalDate datum) {
        this.status = slutstatus;
        this.avslutad = datum;
    }

    public Long getId() { return id; }
    public Long getArendeId() { return arendeId; }
    public ForsokslagenhetStatus getStatus() { return status; }
    public LocalDate getAnsokt() { return ansokt; }
    public String getAnsoktAv() { return ansoktAv; }
    public boolean isEkonomiUtredd() { return ekonomiUtredd; }
    public String getStabilitet() { return stabilitet; }
    public LocalDate getBeslutsdatum() { return beslutsdatum; }
    public String getBeslutMotivering() { return beslutMotivering; }
    public String getAdress() { return adress; }
    public String getHyresvard() { return hyresvard; }
    public LocalDate getKontraktFran() { return kontraktFran; }
    public LocalDate getKontraktTill() { return kontraktTill; }
    public String getBoendestodUtforare() { return boendestodUtforare; }
    public LocalDate getBoendestodFran() { return boendestodFran; }
    public Integer getBoendestodTimmar() { return boendestodTimmar; }
    public LocalDate getInflyttning() { return inflyttning; }
    public LocalDate getGranskning() { return granskning; }
    public LocalDate getAvslutad() { return avslutad; }
}
