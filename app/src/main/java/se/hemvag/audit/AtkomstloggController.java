package se.hemvag.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ledning reviews the access log per user, per case or per client, as JSON or CSV. */
@RestController
@RequestMapping("/api/atkomstlogg")
class AtkomstloggController {

    private final Atkomstgranskning granskning;

    AtkomstloggController(Atkomstgranskning granskning) {
        this.granskning = granskning;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public List<AtkomstVy> granska(@RequestParam(required = false) String anvandare,
                                   @RequestParam(required = false) String arendenummer,
                                   @RequestParam(required = false) Long klientId) {
        return granskning.poster(anvandare, arendenummer, klientId).stream().map(AtkomstVy::av).toList();
    }

    @GetMapping(produces = "text/csv")
    public ResponseEntity<String> exportera(@RequestParam(required = false) String anvandare,
                                            @RequestParam(required = false) String arendenummer,
                                            @RequestParam(required = false) Long klientId) {
        StringBuilder csv = new StringBuilder("tidpunkt;anvandare;atgard;arendenummer;klient_id;vad;status\r\n");
        for (Atkomst a : granskning.poster(anvandare, arendenummer, klientId)) {
            csv.append(a.getTidpunkt()).append(';').append(cell(a.getAnvandare())).append(';').append(a.getAtgard())
                    .append(';').append(a.getArendenummer() == null ? "" : a.getArendenummer()).append(';')
                    .append(a.getKlientId() == null ? "" : a.getKlientId()).append(';').append(cell(a.getVad()))
                    .append(';').append(a.getStatus()).append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"atkomstlogg.csv\"").body(csv.toString());
    }

    /** A CSV cell that a spreadsheet neither splits nor runs as a formula. */
    private static String cell(String text) {
        String varde = text.replace("\"", "\"\"");
        if (!varde.isEmpty() && "=+-@".indexOf(varde.charAt(0)) >= 0) {
            varde = "'" + varde;
        }
        return "\"" + varde + "\"";
    }

    public record AtkomstVy(Instant tidpunkt, String anvandare, String atgard, String arendenummer, Long klientId,
                            String vad, int status) {
        static AtkomstVy av(Atkomst a) {
            return new AtkomstVy(a.getTidpunkt(), a.getAnvandare(), a.getAtgard().name(), a.getArendenummer(),
                    a.getKlientId(), a.getVad(), a.getStatus());
        }
    }
}
