package se.hemvag.rapport;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.hemvag.avslut.Avslutsorsak;
import se.hemvag.avslut.BoendeVidAvslut;
import se.hemvag.delat.Datumgranser;
import se.hemvag.delat.EjBehorigException;
import se.hemvag.delat.OgiltigBegaranException;
import se.hemvag.rapport.Indikator.Matt;
import se.hemvag.rapport.Indikator.Rad;
import se.hemvag.sektion.Sektion;

/**
 * The unit's figures: counts and shares, never a client. Ledning sees the whole unit and any
 * section; a section's gruppledare and biträdande enhetschef see their own section. Every table
 * also comes as CSV (Accept: text/csv), for Excel: semicolons and decimal commas.
 */
@RestController
@RequestMapping("/api/indikatorer")
class IndikatorController {

    private static final int MAX_AR = 10;
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Indikatorer indikatorer;
    private final Siffrornasbehorighet behorighet;
    private final Clock clock;

    IndikatorController(Indikatorer indikatorer, Siffrornasbehorighet behorighet, Clock clock) {
        this.indikatorer = indikatorer;
        this.behorighet = behorighet;
        this.clock = clock;
    }

    /** Whose figures the user may read, for the dashboard's choice of section. */
    @GetMapping(path = "/urval", produces = MediaType.APPLICATION_JSON_VALUE)
    public Siffrornasbehorighet.Urval urval() {
        return behorighet.urval();
    }

    /** The unit's published results for 2017–2019, imported: the history before Hemväg. */
    @GetMapping(path = "/baslinje", produces = MediaType.APPLICATION_JSON_VALUE)
    public Baslinje.Publicerat baslinje() {
        Siffrornasbehorighet.Urval urval = behorighet.urval();
        if (!urval.helaEnheten() && urval.sektioner().isEmpty()) {
            throw new EjBehorigException("Enhetens siffror är för ledningen och sektionernas gruppledare och biträdande enhetschefer.");
        }
        return Baslinje.PUBLICERAT;
    }

    /** Every indicator, for fran–till (default: this year so far) by month, tertial or year. */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public Indikatorer.Rapport rapport(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fran,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate till,
                                       @RequestParam(defaultValue = "MANAD") Indelning indelning,
                                       @RequestParam(required = false) String sektion) {
        Sektion vald = behorighet.sektion(sektion);
        LocalDate idag = LocalDate.now(clock);
        LocalDate slut = till != null ? Datumgranser.rimligt(till, "Slutdatumet") : idag;
        LocalDate start = fran != null ? Datumgranser.rimligt(fran, "Startdatumet") : slut.withDayOfYear(1);
        if (slut.isBefore(start)) {
            throw new OgiltigBegaranException("Perioden slutar (" + slut + ") före den börjar (" + start + ").");
        }
        if (start.plusYears(MAX_AR).isBefore(slut)) {
            throw new OgiltigBegaranException("Välj en period på högst " + MAX_AR + " år.");
        }
        return indikatorer.rapport(start, slut, indelning, vald);
    }

    @GetMapping(produces = "text/csv")
    public ResponseEntity<String> rapportSomCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fran,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate till,
                                                @RequestParam(defaultValue = "MANAD") Indelning indelning,
                                                @RequestParam(required = false) String sektion) {
        Indikatorer.Rapport rapport = rapport(fran, till, indelning, sektion);
        return csv("indikatorer", rapport.indikatorer());
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Indikator indikator(@PathVariable String id,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fran,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate till,
                               @RequestParam(defaultValue = "MANAD") Indelning indelning,
                               @RequestParam(required = false) String sektion) {
        return rapport(fran, till, indelning, sektion).indikatorer().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new OgiltigBegaranException("Det finns ingen indikator '" + id + "'."));
    }

    @GetMapping(path = "/{id}", produces = "text/csv")
    public ResponseEntity<String> indikatorSomCsv(@PathVariable String id,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fran,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate till,
                                                  @RequestParam(defaultValue = "MANAD") Indelning indelning,
                                                  @RequestParam(required = false) String sektion) {
        return csv(id, List.of(indikator(id, fran, till, indelning, sektion)));
    }

    /**
     * The figures for Swedish Excel: a byte-order mark so the letters å, ä and ö survive, Swedish
     * headings and group names, shares as percentages and decimal commas.
     */
    private static ResponseEntity<String> csv(String filnamn, List<Indikator> indikatorer) {
        StringBuilder csv = new StringBuilder("\uFEFFIndikator;Period;Från;Till;Grupp;Kvinnor;Män;Totalt;"
                + "Kvinnor antal;Kvinnor av;Män antal;Män av;Totalt antal;Totalt av;Mål\r\n");
        for (Indikator indikator : indikatorer) {
            boolean andel = "andel".equals(indikator.enhet());
            for (Rad rad : indikator.rader()) {
                csv.append(indikator.namn()).append(';').append(rad.period()).append(';').append(rad.fran()).append(';')
                        .append(rad.till()).append(';').append(grupp(rad.grupp())).append(';')
                        .append(varde(rad.kvinnor().varde(), andel)).append(';').append(varde(rad.man().varde(), andel))
                        .append(';').append(varde(rad.totalt().varde(), andel));
                for (Matt matt : List.of(rad.kvinnor(), rad.man(), rad.totalt())) {
                    csv.append(';').append(matt.antal()).append(';').append(matt.av() == null ? "" : matt.av());
                }
                csv.append(';').append(indikator.mal() == null ? "" : (("hogst".equals(indikator.malRiktning()) ? "högst " : "minst ")
                        + varde(indikator.mal(), true))).append("\r\n");
            }
        }
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"" + filnamn + ".csv\"").body(csv.toString());
    }

    private static String grupp(String grupp) {
        if (grupp == null) {
            return "";
        }
        if ("hela-enheten".equals(grupp)) {
            return "Hela enheten";
        }
        return Sektion.medGruppId(grupp).map(Sektion::namn).orElseGet(() -> Arrays.stream(BoendeVidAvslut.values())
                .filter(b -> b.name().equals(grupp)).map(BoendeVidAvslut::etikett).findFirst()
                .orElseGet(() -> Arrays.stream(Avslutsorsak.values()).filter(o -> o.name().equals(grupp))
                        .map(Avslutsorsak::etikett).findFirst().orElse(grupp)));
    }

    private static String varde(BigDecimal tal, boolean andel) {
        if (tal == null) {
            return "";
        }
        return andel ? tal(tal.movePointRight(2).stripTrailingZeros()) + " %" : tal(tal);
    }

    /** A decimal as Swedish Excel reads it. */
    private static String tal(BigDecimal tal) {
        return tal == null ? "" : tal.toPlainString().replace('.', ',');
    }
}
