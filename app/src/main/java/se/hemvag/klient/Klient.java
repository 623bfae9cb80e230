package se.hemvag.klient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/** The person. Outlives every case (ärende) the person has with the unit. */
@Entity
public class Klient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Identitetstyp identitetstyp;

    @Column(nullable = false, unique = true)
    private String identitetsnummer;

    @Column(nullable = false)
    private LocalDate fodelsedatum;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kon kon;

    @Column(nullable = false)
    private String fornamn;

    @Column(nullable = false)
    private String efternamn;

    private String telefon;

    @Column(nullable = false)
    private Instant skapad;

    protected Klient() {
    }

    Klient(Identitetstyp identitetstyp, String identitetsnummer, LocalDate fodelsedatum, Kon kon,
           String fornamn, String efternamn, String telefon, Instant skapad) {
        this.identitetstyp = identitetstyp;
        this.identitetsnummer = identitetsnummer;
        this.fodelsedatum = fodelsedatum;
        this.kon = kon;
        this.fornamn = fornamn;
        this.efternamn = efternamn;
        this.telefon = telefon;
        this.skapad = skapad;
    }

    public int alderVid(LocalDate datum) {
        return Period.between(fodelsedatum, datum).getYears();
    }

    public String namn() {
        return fornamn + " " + efternamn;
    }

    void nyttTelefonnummer(String telefon) {
        if (telefon != null && !telefon.isBlank()) {
            this.telefon = telefon;
        }
    }

    public Long getId() { return id; }
    public Identitetstyp getIdentitetstyp() { return identitetstyp; }
    public String getIdentitetsnummer() { return identitetsnummer; }
    public LocalDate getFodelsedatum() { return fodelsedatum; }
    public Kon getKon() { return kon; }
    public String getFornamn() { return fornamn; }
    public String getEfternamn() { return efternamn; }
    public String getTelefon() { return telefon; }
    public Instant getSkapad() { return skapad; }
}
