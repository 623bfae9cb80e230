package se.hemvag.arende;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import se.hemvag.klient.Kon;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.delat.OgiltigBegaranException;

/** An intervention granted on a case: what, from when to when, by whom, at what cost per day. */
@Entity
public class Insats {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long arendeId;

    /** The client's sex, as on the case: placements are counted for women and men. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kon kon;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Insatstyp typ;

    @Column(nullable = false)
    private LocalDate startdatum;

    private LocalDate slutdatum;

    @Column(nullable = false)
    private String utforare;

    /** Kronor per day; 0 for interventions without a placement cost (a trial apartment). */
    @Column(nullable = false)
    private int kostnadPerDygn;

    /** The section that decided the intervention and pays for it. */
    @Column(nullable = false)
    private String sektion;

    @Column(nullable = false)
    private String registreradAv;

    /** As the intervention forms allow. */
    static final int HOGSTA_KOSTNAD_PER_DYGN = 100_000;

    private String andradAv;

    private Instant andrad;

    protected Insats() {
    }

    public Insats(Arende arende, Insatstyp typ, LocalDate startdatum, LocalDate slutdatum, String utforare,
                  int kostnadPerDygn, String sektion, String registreradAv) {
        if (slutdatum != null && slutdatum.isBefore(startdatum)) {
            throw new OgiltigtFormularException("Insatsens slutdatum " + slutdatum + " ligger före startdatumet " + startdatum + ".");
        }
        if (kostnadPerDygn < 0) {
            throw new OgiltigtFormularException("Kostnaden per dygn kan inte vara negativ.");
        }
        this.arendeId = arende.getId();
        this.kon = arende.getKon();
        this.typ = typ;
        this.startdatum = startdatum;
        this.slutdatum = slutdatum;
        this.utforare = utforare;
        this.kostnadPerDygn = kostnadPerDygn;
        this.sektion = sektion;
        this.registreradAv = registreradAv;
    }

    /** Ends the intervention that day, unless it ended earlier; one not yet begun ends at its start. */
    public void avsluta(LocalDate datum) {
        LocalDate slut = datum.isBefore(startdatum) ? startdatum : datum;
        if (slutdatum == null || slutdatum.isAfter(slut)) {
            slutdatum = slut;
        }
    }

    /**
     * Ended or changed after it was registered: a new end date (or none: goes on), provider or cost
     * per day. What is not given stays as it was.
     */
    void andra(LocalDate nyttSlutdatum, boolean slutdatumAngivet, String nyUtforare, Integer nyKostnad, String av,
               Instant nar) {
        if (slutdatumAngivet) {
            if (nyttSlutdatum != null && nyttSlutdatum.isBefore(startdatum)) {
                throw new OgiltigBegaranException("Slutdatumet " + nyttSlutdatum + " ligger före insatsens startdatum "
                        + startdatum + ".");
            }
            slutdatum = nyttSlutdatum;
        }
        if (nyUtforare != null) {
            if (nyUtforare.isBlank() || nyUtforare.length() > 200) {
                throw new OgiltigBegaranException("Ange utföraren (högst 200 tecken).");
            }
            utforare = nyUtforare.strip();
        }
        if (nyKostnad != null) {
            if (nyKostnad < 0 || nyKostnad > HOGSTA_KOSTNAD_PER_DYGN) {
                throw new OgiltigBegaranException("Kostnaden per dygn ska vara mellan 0 och " + HOGSTA_KOSTNAD_PER_DYGN + " kr.");
            }
            kostnadPerDygn = nyKostnad;
        }
        andradAv = av;
        andrad = nar;
    }

    public Long getId() { return id; }
    public String getAndradAv() { return andradAv; }
    public Instant getAndrad() { return andrad; }
    public Long getArendeId() { return arendeId; }
    public Insatstyp getTyp() { return typ; }
    public LocalDate getStartdatum() { return startdatum; }
    public LocalDate getSlutdatum() { return slutdatum; }
    public String getUtforare() { return utforare; }
    public int getKostnadPerDygn() { return kostnadPerDygn; }
    public String getSektion() { return sektion; }
    public String getRegistreradAv() { return registreradAv; }
}
