package se.hemvag.arende;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import se.hemvag.klient.Klient;
import se.hemvag.klient.Kon;
import se.hemvag.delat.KonfliktException;

/** One episode from application to closure; one ArendeProcess instance, business key = arendenummer. */
@Entity
public class Arende {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String arendenummer;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "klient_id")
    private Klient klient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArendeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Ansokningskanal kanal;

    @Column(nullable = false)
    private LocalDate ansokningsdatum;

    private String ansokanAnteckning;

    /** Camunda group id of the section responsible for the case, once it belongs to EFH. */
    private String ansvarigSektion;

    /** The client's sex at the application, for the figures (which count cases, women and men). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kon kon;

    private LocalDate utredningPaborjad;

    /** The last day the unit was in touch with the client: what the contact watch counts from. */
    private LocalDate senastKontakt;

    private String overlamnadTill;

    private String utredningsinstrument;

    private String utredningPlan;

    private LocalDate avslutad;

    @Enumerated(EnumType.STRING)
    private Beslut beslut;

    private LocalDate beslutsdatum;

    private String beslutMotivering;

    /**
     * The client's id while the case is open, null once closed: a unique column, so the database
     * itself refuses a second open case for the same person.
     */
    private Long oppetForKlient;

    @Column(nullable = false)
    private String registreradAv;

    /** Set while the client serves a short prison sentence: where, and until when. */
    private String anstalt;

    private LocalDate frigivningsdatum;

    /** A return: the client's previous case closed less than a year before this application. */
    private boolean aterkomst;

    private Long foregaendeArendeId;

    @Version
    private long version;

    protected Arende() {
    }

    Arende(String arendenummer, Klient klient, Ansokningskanal kanal, LocalDate ansokningsdatum,
           String ansokanAnteckning, String registreradAv) {
        this.arendenummer = arendenummer;
        this.klient = klient;
        this.kon = klient.getKon();
        this.kanal = kanal;
        this.ansokningsdatum = ansokningsdatum;
        this.ansokanAnteckning = ansokanAnteckning;
        this.registreradAv = registreradAv;
        this.status = ArendeStatus.TILLHORIGHETSUTREDNING;
        this.oppetForKlient = klient.getId();
        this.senastKontakt = ansokningsdatum;
    }

    public void tillhorEfh(String sektion) {
        this.ansvarigSektion = sektion;
        this.status = ArendeStatus.UTREDNING_EJ_PABORJAD;
    }

    public void utredningPaborjad(LocalDate datum, String instrument, String plan) {
        this.utredningPaborjad = datum;
        this.utredningsinstrument = instrument;
        this.utredningPlan = plan;
        this.status = ArendeStatus.UTREDNING;
    }

    void aterkomstEfter(Arende foregaende) {
        this.aterkomst = true;
        this.foregaendeArendeId = foregaende.getId();
    }

    public void fangelsevistelse(String anstalt, LocalDate frigivningsdatum) {
        this.anstalt = anstalt;
        this.frigivningsdatum = frigivningsdatum;
    }

    public void kontaktMedKlienten(LocalDate datum) {
        if (senastKontakt == null || datum.isAfter(senastKontakt)) {
            senastKontakt = datum;
        }
    }

    public void beslutFattat(Beslut beslut, LocalDate datum, String motivering) {
        if (status != ArendeStatus.UTREDNING) {
            throw new KonfliktException("Beslut om insatser kan bara fattas när utredningen pågår (ärendet är "
                    + status + ").");
        }
        this.beslut = beslut;
        this.beslutsdatum = datum;
        this.beslutMotivering = motivering;
        this.status = beslut == Beslut.BEVILJAT ? ArendeStatus.PAGAENDE : ArendeStatus.AVSLAG;
    }

    /** Closes the case because another social services is responsible. */
    public void overlamnad(ArendeStatus slutstatus, LocalDate datum, String mottagare) {
        if (slutstatus != ArendeStatus.LANKAD_TILL_STADSDEL && slutstatus != ArendeStatus.HANVISAD) {
            throw new IllegalArgumentException(slutstatus + " är ingen överlämning");
        }
        stang(slutstatus, datum);
        overlamnadTill(mottagare);
    }

    /** The social services that took the case over (a district, or another municipality when the client moved). */
    public void overlamnadTill(String mottagare) {
        this.overlamnadTill = mottagare;
    }

    /** Closes the case with the avslutningsblankett. */
    public void avslutat(LocalDate datum) {
        if (status.isAvslutad()) {
            throw new KonfliktException("Ärende " + arendenummer + " är redan avslutat.");
        }
        if (datum.isBefore(ansokningsdatum)) {
            throw new KonfliktException("Avslutsdatumet kan inte ligga före ansökningsdatumet " + ansokningsdatum + ".");
        }
        stang(ArendeStatus.AVSLUTAD, datum);
    }

    private void stang(ArendeStatus slutstatus, LocalDate datum) {
        this.status = slutstatus;
        this.avslutad = datum;
        this.oppetForKlient = null;
    }

    public Long getId() { return id; }
    public String getOverlamnadTill() { return overlamnadTill; }
    public String getArendenummer() { return arendenummer; }
    public Klient getKlient() { return klient; }
    public Kon getKon() { return kon; }
    public ArendeStatus getStatus() { return status; }
    public Ansokningskanal getKanal() { return kanal; }
    public LocalDate getAnsokningsdatum() { return ansokningsdatum; }
    public String getAnsokanAnteckning() { return ansokanAnteckning; }
    public String getAnsvarigSektion() { return ansvarigSektion; }
    public LocalDate getUtredningPaborjad() { return utredningPaborjad; }
    public String getUtredningsinstrument() { return utredningsinstrument; }
    public String getUtredningPlan() { return utredningPlan; }
    public LocalDate getAvslutad() { return avslutad; }
    public String getRegistreradAv() { return registreradAv; }
    public Beslut getBeslut() { return beslut; }
    public LocalDate getSenastKontakt() { return senastKontakt; }
    public boolean isAterkomst() { return aterkomst; }
    public String getAnstalt() { return anstalt; }
    public LocalDate getFrigivningsdatum() { return frigivningsdatum; }
    public Long getForegaendeArendeId() { return foregaendeArendeId; }
    public LocalDate getBeslutsdatum() { return beslutsdatum; }
    public String getBeslutMotivering() { return beslutMotivering; }
}
