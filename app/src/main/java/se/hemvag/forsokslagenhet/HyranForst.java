package se.hemvag.forsokslagenhet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Arenden;
import se.hemvag.delat.KonfliktException;
import se.hemvag.delat.OgiltigBegaranException;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen.Falt;
import se.hemvag.security.InloggadAnvandare;

/**
 * Hyran först: the monthly open house (HyranForstProcess, on the schedule of {@link HyranForstSchema})
 * and the rent-debt reports that invite clients to it.
 */
@Service("hyranForst")
public class HyranForst {

    private static final int MAX_BELOPP = 10_000_000;
    private static final int MAX_ANTECKNING = 2000;

    private final HyranForstTillfalleRepository tillfallen;
    private final HyranForstBesokRepository besok;
    private final HyranForstInbjudanRepository inbjudningar;
    private final HyresskuldRepository hyresskulder;
    private final ForsokslagenhetRepository forsokslagenheter;
    private final Arenden arenden;
    private final RuntimeService runtimeService;
    private final InloggadAnvandare inloggad;
    private final Clock clock;
    private final String plats;

    HyranForst(HyranForstTillfalleRepository tillfallen, HyranForstBesokRepository besok,
               HyranForstInbjudanRepository inbjudningar, HyresskuldRepository hyresskulder,
               ForsokslagenhetRepository forsokslagenheter, Arenden arenden, RuntimeService runtimeService,
               InloggadAnvandare inloggad, Clock clock,
               @Value("${hemvag.hyran-forst.plats:Enheten för hemlösa, receptionen}") String plats) {
        this.tillfallen = tillfallen;
        this.besok = besok;
        this.inbjudningar = inbjudningar;
        this.hyresskulder = hyresskulder;
        this.forsokslagenheter = forsokslagenheter;
        this.arenden = arenden;
        this.runtimeService = runtimeService;
        this.inloggad = inloggad;
        this.clock = clock;
        this.plats = plats;
    }

    /** Today's open house opens; everyone invited since the last one is expected at it. */
    @Transactional
    public HyranForstTillfalle oppna() {
        HyranForstTillfalle tillfalle = tillfallen.save(new HyranForstTillfalle(LocalDate.now(clock), plats));
        inbjudningar.findByTillfalleIdIsNullOrderById().forEach(i -> i.till(tillfalle.getId()));
        return tillfalle;
    }

    /** The invited clients, one line each, for the caseworkers at the open house. */
    @Transactional(readOnly = true)
    public String inbjudna(Long tillfalleId) {
        List<String> rader = inbjudningar.findByTillfalleIdOrderById(tillfalleId).stream()
                .map(i -> arenden.hamta(i.getArendeId()))
                .map(a -> a.getKlient().namn() + " (" + a.getArendenummer() + "): hyresskuld anmäld")
                .distinct().collect(Collectors.toList());
        return rader.isEmpty() ? "Ingen är särskilt inbjuden den här gången." : String.join("\n", rader);
    }

    /** A visit lands on the visitor's case. */
    @Transactional
    public HyranForstBesok registreraBesok(Long tillfalleId, String arendenummer, Hyreshjalp hjalp, String anteckning) {
        Arende arende = arenden.hamtaFranFormular(arendenummer);
        if (arende.getStatus().isAvslutad()) {
            throw new OgiltigtFormularException("Ärende " + arendenummer + " är avslutat. Besöket kan inte registreras på det.");
        }
        return besok.save(new HyranForstBesok(tillfalleId, arende.getId(), hjalp, anteckning, inloggad.id()));
    }

    @Transactional
    public void stang(Long tillfalleId) {
        tillfallen.findById(tillfalleId).orElseThrow().stang(LocalDate.now(clock));
    }

    /**
     * A rent debt reported for a client living in a trial apartment: the responsible section gets
     * a task, and the client is invited to the next open house.
     */
    @Transactional
    public Hyresskuld anmalHyresskuld(Arende arende, Anmalare anmaldAv, Integer belopp, String anteckning) {
        if (anmaldAv == null) {
            throw new OgiltigBegaranException("Ange vem som anmälde skulden: hyresvärden (HYRESVARD) eller boendestödet (BOENDESTOD).");
        }
        if (belopp == null || belopp <= 0 || belopp > MAX_BELOPP) {
            throw new OgiltigBegaranException("Ange skuldens belopp i hela kronor, större än 0.");
        }
        String text = anteckning == null || anteckning.isBlank() ? null : anteckning.strip();
        if (text != null && text.length() > MAX_ANTECKNING) {
            throw new OgiltigBegaranException("Anteckningen får vara högst " + MAX_ANTECKNING + " tecken.");
        }
        Forsokslagenhet forsokslagenhet = forsokslagenheter.findByArendeIdOrderById(arende.getId()).stream()
                .filter(f -> f.getStatus() == ForsokslagenhetStatus.BOR).findFirst()
                .orElseThrow(() -> new KonfliktException("Klienten i ärende " + arende.getArendenummer()
                        + " bor inte i en försökslägenhet. Hyresskulder anmäls här för försökslägenheter."));
        LocalDate idag = LocalDate.now(clock);
        Hyresskuld skuld = hyresskulder.save(new Hyresskuld(forsokslagenhet.getId(), idag, anmaldAv, belopp, text,
                inloggad.id()));
        inbjudningar.save(new HyranForstInbjudan(arende.getId(), skuld.getId(), idag));
        inloggad.somSystem(() -> runtimeService.createMessageCorrelation(ForsokslagenhetProcessen.MESSAGE_HYRESSKULD_ANMALD)
                .processInstanceBusinessKey(arende.getArendenummer())
                .setVariableLocal(ForsokslagenhetProcessen.HYRESSKULD_ID, skuld.getId())
                .setVariableLocal(Falt.HYRESSKULD_BELOPP.nyckel(), belopp)
                .setVariableLocal(Falt.HYRESSKULD_ANMALD_AV.nyckel(), anmaldAv == Anmalare.HYRESVARD ? "Hyresvärden" : "Boendestödet")
                .correlateWithResult());
        return skuld;
    }

    @Transactional
    public Hyresskuld hyresskuld(Long id) {
        return hyresskulder.findById(id).orElseThrow();
    }
}
