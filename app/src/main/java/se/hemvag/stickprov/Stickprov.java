package se.hemvag.stickprov;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Arenden;
import se.hemvag.delat.Datumgranser;
import se.hemvag.delat.EjBehorigException;
import se.hemvag.delat.OgiltigBegaranException;
import se.hemvag.delat.OgiltigtFormularException;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sektion.Grupper;
import se.hemvag.sektion.Sektion;
import se.hemvag.stickprov.StickprovProcessen.Barn;
import se.hemvag.stickprov.StickprovProcessen.Bedomning;
import se.hemvag.stickprov.StickprovProcessen.Dragning;
import se.hemvag.stickprov.StickprovProcessen.Orosanmalan;
import se.hemvag.stickprov.StickprovProcessen.Svar;
import se.hemvag.tillhorighet.Tillhorighetsutredning;
import se.hemvag.tillhorighet.Tillhorighetsutredningar;

/**
 * The monthly spot checks of the child perspective (StickprovProcess): a random sample of the previous
 * month's investigations, drawn once per month, each reviewed by an utredningssekreterare; and the results
 * per section and month.
 */
@Service("stickprov")
public class Stickprov {

    static final int STANDARDANTAL = 10;
    static final int MAX_KOMMENTAR = 1000;
    private static final int MAX_AR = 10;
    /** The group of a result row that adds up every section. */
    static final String HELA_ENHETEN = "hela-enheten";

    private final ManadsdragningRepository dragningar;
    private final GranskningRepository granskningar;
    private final Arenden arenden;
    private final Tillhorighetsutredningar tillhorighetsutredningar;
    private final InloggadAnvandare inloggad;
    private final Clock clock;
    private final int antal;
    private final Random slump = new SecureRandom();

    Stickprov(ManadsdragningRepository dragningar, GranskningRepository granskningar, Arenden arenden,
              Tillhorighetsutredningar tillhorighetsutredningar, InloggadAnvandare inloggad, Clock clock,
              @Value("${hemvag.stickprov.antal:" + STANDARDANTAL + "}") int antal) {
        if (antal < 1) {
            throw new IllegalStateException("hemvag.stickprov.antal ska vara minst 1, inte " + antal + ".");
        }
        this.dragningar = dragningar;
        this.granskningar = granskningar;
        this.arenden = arenden;
        this.tillhorighetsutredningar = tillhorighetsutredningar;
        this.inloggad = inloggad;
        this.clock = clock;
        this.antal = antal;
    }

    /** What a draw came to: new, already drawn this month, or nothing to draw from. */
    public record Utfall(Dragning dragning, Long dragningId, YearMonth manad, int antal) {
    }

    /** An investigation that may be drawn. */
    private record Utredning(Long arendeId, Utredningstyp typ, String sektion, LocalDate utredd) {
    }

    /**
     * Draws the sample of the previous month's investigations, once per month: a month already drawn
     * draws nothing new. Two draws at the same moment (two nodes) meet the unique month: the second
     * fails, its job is tried again, and then finds the month drawn.
     */
    @Transactional
    public Utfall dra() {
        YearMonth manad = YearMonth.now(clock).minusMonths(1);
        Optional<Manadsdragning> redan = dragningar.findByManad(manad.atDay(1));
        if (redan.isPresent()) {
            return new Utfall(Dragning.REDAN_DRAGEN, redan.get().getId(), manad, 0);
        }
        List<Utredning> utredningar = utredningar(manad);
        List<Utredning> urval = new ArrayList<>(utredningar);
        Collections.shuffle(urval, slump);
        urval = urval.subList(0, Math.min(antal, urval.size()));
        Manadsdragning dragning = dragningar.saveAndFlush(
                new Manadsdragning(manad.atDay(1), clock.instant(), utredningar.size()));
        urval.stream().sorted(Comparator.comparing(Utredning::utredd).thenComparing(Utredning::arendeId))
                .forEach(u -> granskningar.save(new Granskning(dragning.getId(), u.arendeId(), u.typ(), u.sektion(), u.utredd())));
        return new Utfall(urval.isEmpty() ? Dragning.INGA_UTREDNINGAR : Dragning.NY, dragning.getId(), manad, urval.size());
    }

    /**
     * The month's investigations: belonging investigations completed in the month (Hemlöshetsmottagningen's),
     * and the sections' investigations whose decision on interventions is dated in the month (the
     * responsible section's). One per case and kind.
     */
    private List<Utredning> utredningar(YearMonth manad) {
        LocalDate fran = manad.atDay(1);
        LocalDate till = manad.atEndOfMonth();
        Map<String, Utredning> perArende = new LinkedHashMap<>();
        for (Tillhorighetsutredning t : tillhorighetsutredningar.utreddaMellan(fran, till)) {
            perArende.put(t.getArendeId() + "/" + Utredningstyp.TILLHORIGHETSUTREDNING, new Utredning(t.getArendeId(),
                    Utredningstyp.TILLHORIGHETSUTREDNING, Sektion.MOTTAGNINGEN.gruppId(), t.getUtreddDatum()));
        }
        for (Arende a : arenden.beslutadeMellan(fran, till)) {
            if (a.getAnsvarigSektion() != null) {
                perArende.put(a.getId() + "/" + Utredningstyp.UTREDNING, new Utredning(a.getId(), Utredningstyp.UTREDNING,
                        a.getAnsvarigSektion(), a.getBeslutsdatum()));
            }
        }
        return new ArrayList<>(perArende.values());
    }

    /** What a review task shows: the case number, the client and which investigation. */
    public record Uppgiftsetikett(String arendenummer, String klientNamn, String utredning) {
    }

    @Transactional(readOnly = true)
    public Uppgiftsetikett etikett(Long stickprovId) {
        Granskning granskning = granskningar.findById(stickprovId).orElseThrow();
        Arende arende = arenden.hamta(granskning.getArendeId());
        String sektion = Sektion.medGruppId(granskning.getSektion()).map(Sektion::namn).orElse(granskning.getSektion());
        return new Uppgiftsetikett(arende.getArendenummer(), arende.getKlient().namn(),
                granskning.getUtredning().etikett() + ", " + sektion + ", " + granskning.getUtredd());
    }

    /** The reviewer's answers; a remark needs a comment saying what it is about. */
    @Transactional
    public void registrera(Long stickprovId, Barn barn, Svar beaktat, Svar dokumenterat, Orosanmalan orosanmalan,
                           Bedomning bedomning, String kommentar) {
        String text = kommentar == null || kommentar.isBlank() ? null : kommentar.strip();
        if (bedomning == Bedomning.ANMARKNING && text == null) {
            throw new OgiltigtFormularException("Skriv i kommentaren vad anmärkningen gäller.");
        }
        if (text != null && text.length() > MAX_KOMMENTAR) {
            throw new OgiltigtFormularException("Kommentaren får vara högst " + MAX_KOMMENTAR + " tecken.");
        }
        Granskning granskning = granskningar.findById(stickprovId).orElseThrow();
        if (granskning.getGranskad() != null) {
            throw new OgiltigtFormularException("Stickprovet är redan granskat.");
        }
        granskning.granska(barn, beaktat, dokumenterat, orosanmalan, bedomning, text, inloggad.id(), LocalDate.now(clock));
    }

    /**
     * One month and section: investigations sampled, reviewed, and of the reviewed the share without and
     * with a remark (null while none is reviewed).
     */
    public record Rad(String manad, String sektion, String sektionsnamn, long stickprov, long granskade, long utanAnmarkning,
                      long medAnmarkning, BigDecimal andelUtanAnmarkning, BigDecimal andelMedAnmarkning) {
    }

    public record Resultat(LocalDate fran, LocalDate till, String sektion, List<Rad> rader) {
    }

    /**
     * The results by the month whose investigations were drawn, from fran to till (default: the last twelve
     * months). Ledning and the utredningssekreterare see every section and the whole unit; a section's
     * gruppledare and biträdande enhetschef their own section.
     */
    @Transactional(readOnly = true)
    public Resultat resultat(LocalDate fran, LocalDate till, String sektion) {
        Sektion vald = sektion == null || sektion.isBlank() ? null : Sektion.medGruppId(sektion.strip()).orElseThrow(
                () -> new OgiltigBegaranException("Det finns ingen sektion '" + sektion.strip() + "'."));
        boolean allaSektioner = inloggad.tillhorNagon(Grupper.LEDNING, Grupper.UTREDNINGSSEKRETERARE);
        List<String> egna = Arrays.stream(Sektion.values()).filter(s -> inloggad.tillhorNagon(s.ledningsgruppId()))
                .map(Sektion::gruppId).toList();
        if (!allaSektioner && egna.isEmpty()) {
            throw new EjBehorigException("Stickprovens resultat är för ledningen, utredningssekreterarna och sektionernas"
                    + " gruppledare och biträdande enhetschefer.");
        }
        if (!allaSektioner && vald != null && !egna.contains(vald.gruppId())) {
            throw new EjBehorigException("Du ser stickproven för din egen sektion: ange sektion=" + egna.get(0) + ".");
        }
        LocalDate slut = till != null ? Datumgranser.rimligt(till, "Slutdatumet") : LocalDate.now(clock);
        LocalDate start = fran != null ? Datumgranser.rimligt(fran, "Startdatumet") : YearMonth.from(slut).minusMonths(11).atDay(1);
        if (slut.isBefore(start)) {
            throw new OgiltigBegaranException("Perioden slutar (" + slut + ") före den börjar (" + start + ").");
        }
        if (start.plusYears(MAX_AR).isBefore(slut)) {
            throw new OgiltigBegaranException("Välj en period på högst " + MAX_AR + " år.");
        }
        List<Rad> rader = new ArrayList<>();
        Map<String, long[]> helaEnheten = new LinkedHashMap<>();
        for (Object[] rad : granskningar.resultat(start.withDayOfMonth(1), slut)) {
            String grupp = (String) rad[1];
            if (vald != null ? !vald.gruppId().equals(grupp) : !allaSektioner && !egna.contains(grupp)) {
                continue;
            }
            String manad = YearMonth.from((LocalDate) rad[0]).toString();
            long[] tal = {tal(rad[2]), tal(rad[3]), tal(rad[4]), tal(rad[5])};
            rader.add(rad(manad, grupp, tal));
            long[] summa = helaEnheten.computeIfAbsent(manad, m -> new long[4]);
            for (int i = 0; i < tal.length; i++) {
                summa[i] += tal[i];
            }
        }
        if (allaSektioner && vald == null) {
            helaEnheten.forEach((manad, summa) -> rader.add(rad(manad, HELA_ENHETEN, summa)));
        }
        return new Resultat(start, slut, vald == null ? null : vald.gruppId(), rader);
    }

    private static Rad rad(String manad, String grupp, long[] tal) {
        String namn = HELA_ENHETEN.equals(grupp) ? "Hela enheten" : Sektion.medGruppId(grupp).map(Sektion::namn).orElse(grupp);
        return new Rad(manad, grupp, namn, tal[0], tal[1], tal[2], tal[3], andel(tal[2], tal[1]), andel(tal[3], tal[1]));
    }

    private static long tal(Object varde) {
        return varde == null ? 0 : ((Number) varde).longValue();
    }

    private static BigDecimal andel(long antal, long av) {
        return av == 0 ? null : BigDecimal.valueOf(antal).divide(BigDecimal.valueOf(av), 3, RoundingMode.HALF_UP);
    }
}
