package se.hemvag.stickprov;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import se.hemvag.stickprov.StickprovProcessen.Barn;
import se.hemvag.stickprov.StickprovProcessen.Bedomning;
import se.hemvag.stickprov.StickprovProcessen.Orosanmalan;
import se.hemvag.stickprov.StickprovProcessen.Svar;

/** One sampled investigation and, once reviewed, the utredningssekreterare's answers. */
@Entity
@Table(name = "stickprov")
class Granskning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dragning_id", nullable = false)
    private Long dragningId;

    @Column(name = "arende_id", nullable = false)
    private Long arendeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Utredningstyp utredning;

    /** The section that made the investigation. */
    @Column(nullable = false)
    private String sektion;

    /** The day the investigation was completed (the belonging investigation) or decided (the section's). */
    @Column(nullable = false)
    private LocalDate utredd;

    @Enumerated(EnumType.STRING)
    private Barn barn;

    @Enumerated(EnumType.STRING)
    @Column(name = "barnperspektiv_beaktat")
    private Svar barnperspektivBeaktat;

    @Enumerated(EnumType.STRING)
    @Column(name = "barnperspektiv_dokumenterat")
    private Svar barnperspektivDokumenterat;

    @Enumerated(EnumType.STRING)
    private Orosanmalan orosanmalan;

    @Enumerated(EnumType.STRING)
    private Bedomning bedomning;

    private String kommentar;

    @Column(name = "granskad_av")
    private String granskadAv;

    private LocalDate granskad;

    protected Granskning() {
    }

    Granskning(Long dragningId, Long arendeId, Utredningstyp utredning, String sektion, LocalDate utredd) {
        this.dragningId = dragningId;
        this.arendeId = arendeId;
        this.utredning = utredning;
        this.sektion = sektion;
        this.utredd = utredd;
    }

    void granska(Barn barn, Svar beaktat, Svar dokumenterat, Orosanmalan orosanmalan, Bedomning bedomning, String kommentar,
                 String granskadAv, LocalDate granskad) {
        this.barn = barn;
        this.barnperspektivBeaktat = beaktat;
        this.barnperspektivDokumenterat = dokumenterat;
        this.orosanmalan = orosanmalan;
        this.bedomning = bedomning;
        this.kommentar = kommentar;
        this.granskadAv = granskadAv;
        this.granskad = granskad;
    }

    Long getId() { return id; }
    Long getDragningId() { return dragningId; }
    Long getArendeId() { return arendeId; }
    Utredningstyp getUtredning() { return utredning; }
    String getSektion() { return sektion; }
    LocalDate getUtredd() { return utredd; }
    Barn getBarn() { return barn; }
    Svar getBarnperspektivBeaktat() { return barnperspektivBeaktat; }
    Svar getBarnperspektivDokumenterat() { return barnperspektivDokumenterat; }
    Orosanmalan getOrosanmalan() { return orosanmalan; }
    Bedomning getBedomning() { return bedomning; }
    String getKommentar() { return kommentar; }
    String getGranskadAv() { return granskadAv; }
    LocalDate getGranskad() { return granskad; }
}
