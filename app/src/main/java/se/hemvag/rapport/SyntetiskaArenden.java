package se.hemvag.rapport;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.hemvag.arende.ArendeStatus;
import se.hemvag.arende.Arenden;
import se.hemvag.arende.Insatstyp;
import se.hemvag.arende.Jobbtorg;
import se.hemvag.avslut.Avslutsorsak;
import se.hemvag.avslut.BoendeVidAvslut;
import se.hemvag.avslut.EgenForsorjning;
import se.hemvag.forsokslagenhet.AvvikelseUtfall;
import se.hemvag.forsokslagenhet.Avvikelseorsak;
import se.hemvag.forsokslagenhet.ForsokslagenhetStatus;
import se.hemvag.forsokslagenhet.Hyreshjalp;
import se.hemvag.klient.Identitetsnummer;
import se.hemvag.klient.Identitetstyp;
import se.hemvag.klient.Kon;
import se.hemvag.sektion.Sektion;
import se.hemvag.sip.SipStatus;
import se.hemvag.sip.SipSvar;

/**
 * Synthetic case history for the demo and the benchmark: fictitious clients (personnummer from
 * the test range, valid check digits) and their cases as the process would have left them in the
 * domain and reporting tables, written in batches straight to the database. No engine history:
 * these cases were run before Hemväg, as it were. The same seed gives the same history.
 */
// demo data and benchmark data only: never in a production profile
@Profile({"demo", SyntetiskaArenden.PROFIL})
@Component
public class SyntetiskaArenden {

    /** The profile the benchmark runs with to get this generator without the demo users and data. */
    public static final String PROFIL = "syntetiska-arenden";

    /** How much history: closed cases applied for between fran and idag, and open ones at idag. */
    public record Omfattning(int avslutade, int aktiva, LocalDate fran, LocalDate idag, long seed) {
        public Omfattning {
            if (avslutade < 0 || aktiva < 0 || !fran.isBefore(idag.minusDays(60))) {
                throw new IllegalArgumentException("Minst 60 dagar historik och inga negativa antal");
            }
        }
    }

    /** What was written. */
    public record Skapat(int klienter, int avslutade, int aktiva, int insatser, int sipar, int forsokslagenheter) {
    }

    static final String REGISTRERAD_AV = "syntetisk";
    private static final int PER_OMGANG = 2000;
    private static final List<Sektion> SEKTIONER = List.of(Sektion.VUXEN, Sektion.VUXEN, Sektion.FORSORJNING,
            Sektion.FORSORJNING, Sektion.VARD_OCH_OMSORG);
    private static final String[] KVINNONAMN = {"Anna", "Maria", "Sara", "Lena", "Eva", "Fatima", "Karin", "Nadia", "Emma", "Ida"};
    private static final String[] MANSNAMN = {"Erik", "Lars", "Johan", "Ahmed", "Mikael", "Anders", "Peter", "Ali", "Jonas", "Nils"};
    private static final String[] EFTERNAMN = {"Andersson", "Berg", "Carlsson", "Dahl", "Ek", "Falk", "Gran", "Holm", "Lind",
            "Nyström", "Sjöberg", "Åkesson"};
    private static final String[] UTFORARE = {"Härbärget Söder", "Stödboende Kungsholmen", "Behandlingshemmet Rosen",
            "Akutboendet Norr", "Stödboende Hägersten"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaktion;
    private final Arenden arenden;

    SyntetiskaArenden(JdbcTemplate jdbc, TransactionTemplate transaktion, Arenden arenden) {
        this.jdbc = jdbc;
        this.transaktion = transaktion;
        this.arenden = arenden;
    }

    /** One case as generated, before it has its database ids. */
    private static final class Fall {
        final Klientuppgifter klient;
        final String arendenummer;
        final Sektion sektion;
        final LocalDate ansokt;
        final LocalDate avslutat;
        /** Days from the application to the closure, or to today for an open case. */
        final int langd;
        Fall foregaende;
        boolean forsokslagenhet;
        Long id;

        Fall(Klientuppgifter klient, String arendenummer, Sektion sektion, LocalDate ansokt, LocalDate avslutat, LocalDate idag) {
            this.klient = klient;
            this.arendenummer = arendenummer;
            this.sektion = sektion;
            this.ansokt = ansokt;
            this.avslutat = avslutat;
            this.langd = (int) ChronoUnit.DAYS.between(ansokt, avslutat == null ? idag : avslutat);
        }

        boolean aterkomst() {
            return foregaende != null && !ansokt.isAfter(foregaende.avslutat.plusDays(365));
        }

        /** The trial apartment's contract was taken over: the case lasted about eighteen months or more. */
        boolean overtagen() {
            return forsokslagenhet && avslutat != null && langd > 540;
        }
    }

    private static final class Klientuppgifter {
        final String identitetsnummer;
        final LocalDate fodd;
        final Kon kon;
        final String fornamn;
        final String efternamn;
        Long id;

        Klientuppgifter(String identitetsnummer, LocalDate fodd, Kon kon, String fornamn, String efternamn) {
            this.identitetsnummer = identitetsnummer;
            this.fodd = fodd;
            this.kon = kon;
            this.fornamn = fornamn;
            this.efternamn = efternamn;
        }
    }

    public Skapat skapa(Omfattning omfattning) {
        Random slump = new Random(omfattning.seed());
        // one transaction for the planning's case numbers: sequences are not rolled back, nothing else is written
        List<Fall> fall = transaktion.execute(status -> planera(omfattning, slump));
        Set<Klientuppgifter> klienter = new HashSet<>();
        fall.forEach(f -> klienter.add(f.klient));
        int[] raknare = new int[3];
        for (int start = 0; start < fall.size(); start += PER_OMGANG) {
            List<Fall> omgang = fall.subList(start, Math.min(fall.size(), start + PER_OMGANG));
            transaktion.executeWithoutResult(status -> {
                skrivKlienter(omgang);
                skrivArenden(omgang, slump);
                raknare[0] += skrivInsatser(omgang, slump);
                skrivUppfoljningar(omgang, slump);
                raknare[1] += skrivSipar(omgang, slump);
                raknare[2] += skrivForsokslagenheter(omgang, omfattning.idag(), slump);
            });
        }
        int aktiva = (int) fall.stream().filter(f -> f.avslutat == null).count();
        return new Skapat(klienter.size(), fall.size() - aktiva, aktiva, raknare[0], raknare[1], raknare[2]);
    }

    /**
     * The cases in the order they are written: each client's cases one after the other, some
     * clients coming back after a closure. An open case is always a client's last.
     */
    private List<Fall> planera(Omfattning omfattning, Random slump) {
        Set<String> upptagna = new HashSet<>(jdbc.queryForList("select identitetsnummer from klient", String.class));
        int dagar = (int) ChronoUnit.DAYS.between(omfattning.fran(), omfattning.idag());
        int avslutadeKvar = omfattning.avslutade();
        int aktivaKvar = omfattning.aktiva();
        List<Fall> fall = new ArrayList<>(avslutadeKvar + aktivaKvar);
        while (avslutadeKvar + aktivaKvar > 0) {
            Klientuppgifter klient = nyKlient(omfattning.idag(), slump, upptagna);
            Sektion sektion = SEKTIONER.get(slump.nextInt(SEKTIONER.size()));
            Fall foregaende = null;
            // the day the client applies again after a closure; null for the first application
            LocalDate igen = null;
            while (avslutadeKvar + aktivaKvar > 0) {
                boolean aktivt = slump.nextInt(avslutadeKvar + aktivaKvar) < aktivaKvar;
                LocalDate ansokt;
                LocalDate avslutat = null;
                if (aktivt) {
                    // an open case began within the last two years
                    LocalDate tidigast = omfattning.idag().minusDays(730);
                    ansokt = igen != null && igen.isAfter(tidigast) ? igen : tidigast.plusDays(slump.nextInt(720));
                    aktivaKvar--;
                } else {
                    // most cases close within one to eighteen months, a few take years; all before today
                    int langd = (int) Math.min(dagar - 2, 14 + Math.round(Math.exp(4.2 + slump.nextGaussian() * 0.9)));
                    LocalDate senast = omfattning.idag().minusDays(langd + 1L);
                    if (igen == null) {
                        ansokt = omfattning.fran().plusDays(slump.nextInt((int) ChronoUnit.DAYS.between(omfattning.fran(), senast) + 1));
                    } else if (igen.isAfter(senast)) {
                        break;
                    } else {
                        ansokt = igen;
                    }
                    avslutat = ansokt.plusDays(langd);
                    avslutadeKvar--;
                }
                Fall nytt = new Fall(klient, arenden.nyttArendenummer(ansokt), sektion, ansokt, avslutat,
                        omfattning.idag());
                nytt.foregaende = foregaende;
                nytt.forsokslagenhet = nytt.langd > 120 && slump.nextInt(12) == 0;
                fall.add(nytt);
                foregaende = nytt;
                // about a fifth of the clients apply again, half of those within the year
                igen = !aktivt && slump.nextInt(5) == 0 ? avslutat.plusDays(5 + slump.nextInt(700)) : null;
                if (igen == null || !igen.isBefore(omfattning.idag())) {
                    break;
                }
            }
        }
        return fall;
    }

    private static Klientuppgifter nyKlient(LocalDate idag, Random slump, Set<String> upptagna) {
        Kon kon = slump.nextInt(10) < 3 ? Kon.KVINNA : Kon.MAN;
        while (true) {
            LocalDate fodd = idag.minusYears(19).minusDays(slump.nextInt(365 * 60));
            String nummer = Identitetsnummer.syntetiskt(fodd, slump.nextInt(10), kon);
            if (upptagna.add(nummer)) {
                String fornamn = kon == Kon.KVINNA ? KVINNONAMN[slump.nextInt(KVINNONAMN.length)]
                        : MANSNAMN[slump.nextInt(MANSNAMN.length)];
                return new Klientuppgifter(nummer, fodd, kon, fornamn, EFTERNAMN[slump.nextInt(EFTERNAMN.length)]);
            }
        }
    }

    private void skrivKlienter(List<Fall> omgang) {
        List<Klientuppgifter> nya = omgang.stream().map(f -> f.klient).filter(k -> k.id == null).distinct().toList();
        jdbc.batchUpdate("insert into klient (identitetstyp, identitetsnummer, fodelsedatum, kon, fornamn, efternamn, skapad)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                nya.stream().map(k -> new Object[] {Identitetstyp.PERSONNUMMER.name(), k.identitetsnummer, Date.valueOf(k.fodd),
                        k.kon.name(), k.fornamn, k.efternamn, Timestamp.valueOf(LocalDateTime.now())}).toList());
        Map<Object, Klientuppgifter> perNummer = new HashMap<>();
        nya.forEach(k -> perNummer.put(k.identitetsnummer, k));
        idn("klient", "identitetsnummer", perNummer.keySet(), (nummer, id) -> perNummer.get(nummer).id = id);
    }

    private void skrivArenden(List<Fall> omgang, Random slump) {
        jdbc.batchUpdate("insert into arende (arendenummer, klient_id, kon, status, kanal, ansokningsdatum, ansvarig_sektion,"
                        + " utredning_paborjad, beslutsdatum, beslut, avslutad, oppet_for_klient, aterkomst, registrerad_av)"
                        + " values (?, ?, ?, ?, 'NYBESOK', ?, ?, ?, ?, 'BEVILJAT', ?, ?, ?, ?)",
                omgang.stream().map(f -> {
                    LocalDate paborjad = f.ansokt.plusDays(Math.min(7, f.langd));
                    return new Object[] {f.arendenummer, f.klient.id, f.klient.kon.name(),
                            (f.avslutat == null ? ArendeStatus.PAGAENDE : ArendeStatus.AVSLUTAD).name(), Date.valueOf(f.ansokt),
                            f.sektion.gruppId(), Date.valueOf(paborjad), Date.valueOf(paborjad), datum(f.avslutat),
                            f.avslutat == null ? f.klient.id : null, f.aterkomst(), REGISTRERAD_AV};
                }).toList());
        Map<Object, Fall> perNummer = new HashMap<>();
        omgang.forEach(f -> perNummer.put(f.arendenummer, f));
        idn("arende", "arendenummer", perNummer.keySet(), (nummer, id) -> perNummer.get(nummer).id = id);
        List<Fall> aterkomster = omgang.stream().filter(Fall::aterkomst).toList();
        jdbc.batchUpdate("update arende set foregaende_arende_id = ? where id = ?",
                aterkomster.stream().map(f -> new Object[] {f.foregaende.id, f.id}).toList());

        List<Fall> avslutade = omgang.stream().filter(f -> f.avslutat != null).toList();
        Map<Fall, Object[]> utfall = new HashMap<>();
        for (Fall f : avslutade) {
            BoendeVidAvslut boende = boende(f, slump);
            EgenForsorjning forsorjning = f.sektion == Sektion.FORSORJNING
                    ? (slump.nextInt(100) < 27 ? EgenForsorjning.JA : EgenForsorjning.NEJ) : EgenForsorjning.EJ_AKTUELLT;
            Avslutsorsak orsak = boende.isStadigvarande() ? Avslutsorsak.MALEN_UPPNADDA
                    : List.of(Avslutsorsak.KONTAKT_UPPHORT, Avslutsorsak.KLIENTEN_AVBOJER_STOD, Avslutsorsak.FLYTT).get(slump.nextInt(3));
            utfall.put(f, new Object[] {orsak.name(), boende.name(), forsorjning.name()});
        }
        jdbc.batchUpdate("insert into avslut (arende_id, orsak, boende_vid_avslut, egen_forsorjning, avslutsdatum, registrerad_av)"
                        + " values (?, ?, ?, ?, ?, ?)",
                avslutade.stream().map(f -> new Object[] {f.id, utfall.get(f)[0], utfall.get(f)[1], utfall.get(f)[2],
                        Date.valueOf(f.avslutat), REGISTRERAD_AV}).toList());
        jdbc.batchUpdate("insert into rapport_avslut (arende_id, klient_id, ansokningsdatum, avslutsdatum, kon, sektion, orsak, boende,"
                        + " stadigvarande, egen_forsorjning, dagar, aterkomst_inom_ar) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)",
                avslutade.stream().map(f -> new Object[] {f.id, f.klient.id, Date.valueOf(f.ansokt), Date.valueOf(f.avslutat), f.klient.kon.name(),
                        f.sektion.gruppId(), utfall.get(f)[0], utfall.get(f)[1],
                        BoendeVidAvslut.valueOf((String) utfall.get(f)[1]).isStadigvarande(), utfall.get(f)[2], f.langd}).toList());
        // the earlier closure of a client who came back within the year
        jdbc.batchUpdate("update rapport_avslut set aterkomst_inom_ar = true where arende_id = ?",
                aterkomster.stream().map(f -> new Object[] {f.foregaende.id}).toList());
    }

    /** Housing at closure, roughly as the unit's clients leave: four in ten to stable housing. */
    private static BoendeVidAvslut boende(Fall f, Random slump) {
        if (f.overtagen()) {
            return BoendeVidAvslut.FORSTAHANDSKONTRAKT_OVERTAGEN_FORSOKSLAGENHET;
        }
        int t = slump.nextInt(100) - (f.klient.kon == Kon.KVINNA ? 4 : 0);
        if (t < 44) {
            return BoendeVidAvslut.INGEN_STADIGVARANDE_BOSTAD;
        }
        if (t < 58) {
            return BoendeVidAvslut.OKANT;
        }
        return List.of(BoendeVidAvslut.INNEBOENDE, BoendeVidAvslut.FORSTAHANDSKONTRAKT, BoendeVidAvslut.ANDRAHANDSKONTRAKT,
                BoendeVidAvslut.ANDRAHANDSKONTRAKT, BoendeVidAvslut.GENOMGANGSBOSTAD_SHIS, BoendeVidAvslut.SARSKILT_BOENDE)
                .get(slump.nextInt(6));
    }

    /** Six in ten cases have a placement, from a few days after the application to the closure. */
    private int skrivInsatser(List<Fall> omgang, Random slump) {
        List<Object[]> rader = new ArrayList<>();
        List<Insatstyp> placeringar = List.of(Insatstyp.AKUTBOENDE, Insatstyp.STODBOENDE, Insatstyp.BEHANDLING);
        for (Fall f : omgang) {
            if (slump.nextInt(10) < 6) {
                Insatstyp typ = f.sektion == Sektion.VUXEN && slump.nextBoolean() ? Insatstyp.BEHANDLING
                        : placeringar.get(slump.nextInt(2));
                LocalDate start = f.ansokt.plusDays(Math.min(3, f.langd));
                rader.add(new Object[] {f.id, f.klient.kon.name(), typ.name(), Date.valueOf(start), datum(f.avslutat),
                        UTFORARE[slump.nextInt(UTFORARE.length)], typ == Insatstyp.BEHANDLING ? 2400 : 600 + 100 * slump.nextInt(8),
                        f.sektion.gruppId(), REGISTRERAD_AV});
            }
            if (f.sektion == Sektion.FORSORJNING) {
                rader.add(new Object[] {f.id, f.klient.kon.name(), Insatstyp.EKONOMISKT_BISTAND.name(), Date.valueOf(f.ansokt), datum(f.avslutat),
                        "Ekonomiskt bistånd", 0, f.sektion.gruppId(), REGISTRERAD_AV});
            }
        }
        jdbc.batchUpdate("insert into insats (arende_id, kon, typ, startdatum, slutdatum, utforare, kostnad_per_dygn, sektion,"
                + " registrerad_av) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rader);
        return rader.size();
    }

    /**
     * The economic-assistance cases' follow-ups, every third month while the case is open, each with
     * whether the client is active at jobbtorg: at each, three in ten of those not yet active become active and stay.
     */
    private void skrivUppfoljningar(List<Fall> omgang, Random slump) {
        List<Object[]> rader = new ArrayList<>();
        for (Fall f : omgang) {
            if (f.sektion != Sektion.FORSORJNING) {
                continue;
            }
            boolean aktuell = false;
            for (int dag = 90; dag < f.langd; dag += 90) {
                aktuell = aktuell || slump.nextInt(10) < 3;
                rader.add(new Object[] {f.id, Date.valueOf(f.ansokt.plusDays(dag)), "Uppföljning", true, REGISTRERAD_AV,
                        (aktuell ? Jobbtorg.AKTUELL : Jobbtorg.INTE_AKTUELL).name()});
            }
        }
        jdbc.batchUpdate("insert into arendeuppfoljning (arende_id, uppfoljningsdatum, sammanfattning, fortsatt, registrerad_av,"
                + " jobbtorg) values (?, ?, ?, ?, ?, ?)", rader);
    }

    /** A third of the cases involve health care: a SIP offered to most, accepted by two in three of them. */
    private int skrivSipar(List<Fall> omgang, Random slump) {
        List<Object[]> rader = new ArrayList<>();
        for (Fall f : omgang) {
            if (slump.nextInt(3) != 0 || f.sektion == Sektion.FORSORJNING) {
                continue;
            }
            LocalDate behov = f.ansokt.plusDays(Math.min(10, f.langd));
            boolean erbjuden = slump.nextInt(10) < 8;
            boolean accepterad = erbjuden && slump.nextInt(3) != 0;
            SipStatus status = !erbjuden ? (f.avslutat == null ? SipStatus.ERBJUDS : SipStatus.AVSLUTAD)
                    : !accepterad ? SipStatus.AVBOJD : f.avslutat == null ? SipStatus.PLAN_UPPRATTAD : SipStatus.AVSLUTAD;
            rader.add(new Object[] {f.id, f.klient.kon.name(), f.sektion.gruppId(), status.name(), Date.valueOf(behov),
                    erbjuden ? Date.valueOf(behov) : null, erbjuden ? REGISTRERAD_AV : null,
                    erbjuden ? (accepterad ? SipSvar.ACCEPTERAT : SipSvar.AVBOJT).name() : null,
                    status == SipStatus.AVSLUTAD ? Date.valueOf(f.avslutat) : null});
        }
        jdbc.batchUpdate("insert into sip (arende_id, kon, sektion, status, behov_registrerat, erbjuden, erbjuden_av, svar,"
                + " avslutad) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rader);
        return rader.size();
    }

    /**
     * One case in twelve that lasts four months or more gets a trial apartment: called to a Lägenhetsinfo
     * session before moving in, some with a deviation meeting or a Hyran först visit, and, after
     * about eighteen months, the contract taken over.
     */
    private int skrivForsokslagenheter(List<Fall> omgang, LocalDate idag, Random slump) {
        List<Fall> med = omgang.stream().filter(f -> f.forsokslagenhet).toList();
        Map<Fall, LocalDate> inflyttning = new HashMap<>();
        List<Object[]> rader = new ArrayList<>();
        for (Fall f : med) {
            LocalDate flyttar = f.ansokt.plusDays(60 + slump.nextInt(30));
            inflyttning.put(f, flyttar);
            ForsokslagenhetStatus status = f.avslutat == null ? ForsokslagenhetStatus.BOR
                    : f.overtagen() ? ForsokslagenhetStatus.OVERTAGEN : ForsokslagenhetStatus.AVBRUTEN;
            rader.add(new Object[] {f.id, status.name(), Date.valueOf(f.ansokt.plusDays(20)), REGISTRERAD_AV,
                    "Stabil i stödboende sedan flera månader", Date.valueOf(f.ansokt.plusDays(40)), "Syntetgatan " + (1 + slump.nextInt(90)),
                    "Stiftelsen Stockholms bostäder", Date.valueOf(flyttar), Date.valueOf(flyttar), datum(f.avslutat)});
        }
        jdbc.batchUpdate("insert into forsokslagenhet (arende_id, status, ansokt, ansokt_av, ekonomi_utredd, stabilitet, beslutsdatum,"
                + " adress, hyresvard, kontrakt_fran, inflyttning, avslutad, beslut_motivering)"
                + " values (?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, 'Beviljad efter utredning')", rader);
        Map<Object, Fall> perArende = new HashMap<>();
        med.forEach(f -> perArende.put(f.id, f));
        Map<Fall, Long> lagenhet = new HashMap<>();
        idn("forsokslagenhet", "arende_id", perArende.keySet(), (arende, id) -> lagenhet.put(perArende.get(arende), id));

        List<Object[]> kallelser = new ArrayList<>();
        List<Object[]> avvikelser = new ArrayList<>();
        List<Object[]> besok = new ArrayList<>();
        for (Fall f : med) {
            LocalDate flyttar = inflyttning.get(f);
            // called to the Lägenhetsinfo session on the first of the month before the move
            LocalDate session = flyttar.minusMonths(1).withDayOfMonth(1);
            kallelser.add(new Object[] {lagenhet.get(f), lagenhetsinfo(session), Date.valueOf(session.minusDays(14)),
                    slump.nextInt(100) < 85});
            if (slump.nextInt(5) == 0 && medan(f, flyttar.plusDays(200), idag)) {
                boolean uppsagd = slump.nextInt(4) == 0;
                avvikelser.add(new Object[] {lagenhet.get(f), Date.valueOf(flyttar.plusDays(200)), "Klienten, handläggare, hyresvärd",
                        Avvikelseorsak.values()[slump.nextInt(Avvikelseorsak.values().length)].name(),
                        "Klienten vill bo kvar", (uppsagd ? AvvikelseUtfall.UPPSAGNING : AvvikelseUtfall.FORLANGD_PROVTID).name()});
            }
            if (slump.nextInt(3) == 0 && medan(f, flyttar.plusDays(90).withDayOfMonth(25), idag)) {
                besok.add(new Object[] {hyranForst(flyttar.plusDays(90).withDayOfMonth(25)), f.id,
                        Hyreshjalp.values()[slump.nextInt(Hyreshjalp.values().length)].name()});
            }
        }
        jdbc.batchUpdate("insert into lagenhetsinfo_kallelse (forsokslagenhet_id, tillfalle_id, kallad, narvarande, registrerad_av)"
                + " values (?, ?, ?, ?, '" + REGISTRERAD_AV + "')", kallelser);
        jdbc.batchUpdate("insert into avvikelse (forsokslagenhet_id, motesdatum, deltagare, orsak, klientens_syn, utfall, registrerad_av)"
                + " values (?, ?, ?, ?, ?, ?, '" + REGISTRERAD_AV + "')", avvikelser);
        jdbc.batchUpdate("insert into hyran_forst_besok (tillfalle_id, arende_id, hjalp, registrerad_av)"
                + " values (?, ?, ?, '" + REGISTRERAD_AV + "')", besok);
        return med.size();
    }

    /** The Lägenhetsinfo session of that day, created the first time it is needed. */
    private long lagenhetsinfo(LocalDate dag) {
        Timestamp borjar = Timestamp.valueOf(dag.atTime(13, 0));
        List<Long> finns = jdbc.queryForList("select id from lagenhetsinfo_tillfalle where borjar = ?", Long.class, borjar);
        if (!finns.isEmpty()) {
            return finns.get(0);
        }
        jdbc.update("insert into lagenhetsinfo_tillfalle (borjar, plats, kapacitet, ledare, planerat_av, deltagarlista_stangd)"
                + " values (?, 'Enheten för hemlösa, Lindhagensgatan', 20, 'Bostadssamordnaren', ?, true)", borjar, REGISTRERAD_AV);
        return lagenhetsinfo(dag);
    }

    /** The Hyran först evening of that day, created (and closed) the first time it is needed. */
    private long hyranForst(LocalDate dag) {
        List<Long> finns = jdbc.queryForList("select id from hyran_forst_tillfalle where datum = ?", Long.class, Date.valueOf(dag));
        if (!finns.isEmpty()) {
            return finns.get(0);
        }
        jdbc.update("insert into hyran_forst_tillfalle (datum, plats, stangt) values (?, 'Enheten för hemlösa', ?)",
                Date.valueOf(dag), Date.valueOf(dag));
        return hyranForst(dag);
    }

    /** Looks up the ids the database gave rows, by a unique column. */
    private void idn(String tabell, String kolumn, Set<Object> varden, BiConsumer<Object, Long> satt) {
        List<Object> alla = new ArrayList<>(varden);
        for (int start = 0; start < alla.size(); start += 500) {
            List<Object> del = alla.subList(start, Math.min(alla.size(), start + 500));
            String fragor = String.join(", ", Collections.nCopies(del.size(), "?"));
            jdbc.query("select " + kolumn + ", id from " + tabell + " where " + kolumn + " in (" + fragor + ")",
                    rs -> {
                        satt.accept(rs.getObject(1, del.get(0).getClass()), rs.getLong(2));
                    }, del.toArray());
        }
    }

    /** Whether the day is past and the case was still open then. */
    private static boolean medan(Fall f, LocalDate dag, LocalDate idag) {
        return dag.isBefore(idag) && (f.avslutat == null || dag.isBefore(f.avslutat));
    }

    private static Date datum(LocalDate dag) {
        return dag == null ? null : Date.valueOf(dag);
    }
}
