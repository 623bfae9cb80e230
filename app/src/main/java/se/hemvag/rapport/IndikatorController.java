package se.hemvag.rapport;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.hemvag.delat.OgiltigBegaranException;
import se.hemvag.delat.EjBehorigException;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sektion.Grupper;
import se.hemvag.sektion.Sektion;
import se.hemvag.rapport.Indikator.Matt;
import se.hemvag.rapport.Indikator.Rad;

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
    private final InloggadAnvandare inloggad;
    private final Clock clock;

    IndikatorController(Indikatorer indikatorer, InloggadAnvandare inloggad, Clock clock) {
        this.indikatorer = indikatorer;
        this.inloggad = inloggad;
        this.clock = clock;
    }

    /** Every indicator, for fran–till (default: this year so far) by month, tertial or year. */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public Indikatorer.Rapport rapport(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fran,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate till,
                                       @RequestParam(defaultValue = "MANAD") Indelning indelning,
                                       @RequestParam(required = false) String sektion) {
        Sektion vald = sektion(sektion);
        LocalDate idag = LocalDate.now(clock);
        LocalDate slut = till != null ? till : idag;
        LocalDate start = fran != null ? fran : slut.withDayOfYear(1);
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

    /** Ledning may see any section; a section's leads only their own. */
    private Sektion sektion(String gruppId) {
        Sektion sektion = gruppId == null || gruppId.isBlank() ? null : Sektion.medGruppId(gruppId.strip()).orElseThrow(
                () -> new OgiltigBegaranException("Det finns ingen sektion '" + gruppId + "'."));
        if (inloggad.tillhorNagon(Grupper.LEDNING)) {
            return sektion;
        }
        if (sektion != null && inloggad.tillhorNagon(sektion.ledningsgruppId())) {
            return sektion;
        }
        for (Sektion egen : Sektion.values()) {
            if (inloggad.tillhorNagon(egen.ledningsgruppId())) {
                throw new EjBehorigException("Du ser siffrorna för din egen sektion: ange sektion=" + egen.gruppId() + ".");
            }
        }
        throw new EjBehorigException("Enhetens siffror är för ledningen och sektionernas gruppledare och biträdande enhetschefer.");
    }

    private static ResponseEntity<String> csv(String filnamn, List<Indikator> indikatorer) {
        StringBuilder csv = new StringBuilder("indikator;period;fran;till;grupp;kvinnor;man;totalt;"
                + "kvinnor_antal;kvinnor_av;man_antal;man_av;totalt_antal;totalt_av;mal\r\n");
        for (Indikator indikator : indikatorer) {
            for (Rad rad : indikator.rader()) {
                csv.append(indikator.id()).append(';').append(rad.period()).append(';').append(rad.fran()).append(';')
                        .append(rad.till()).append(';').append(rad.grupp() == null ? "" : rad.grupp()).append(';')
                        .append(tal(rad.kvinnor().varde())).append(';').append(tal(rad.man().varde())).append(';')
                        .append(tal(rad.totalt().varde()));
                for (Matt matt : List.of(rad.kvinnor(), rad.man(), rad.totalt())) {
                    csv.append(';').append(matt.antal()).append(';').append(matt.av() == null ? "" : matt.av());
                }
                csv.append(';').append(tal(indikator.mal())).append("\r\n");
            }
        }
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"" + filnamn + ".csv\"").body(csv.toString());
    }

    /** A decimal as Swedish Excel reads it. */
    private static String tal(BigDecimal tal) {
        return tal == null ? "" : tal.toPlainString().replace('.', ',');
    }
}
