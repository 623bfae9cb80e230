package se.hemvag.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.HemvagSpringTest;
import se.hemvag.ansokan.Ansokningsmottagning;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.klient.Identitetsnummer;
import se.hemvag.rapport.Indikator.Rad;

/**
 * The demo's history: synthetic clients with test-range identity numbers, closed cases as the
 * process leaves them in the domain and reporting tables, open ones run through the process, and
 * figures that come out of them. In years (2034–2037) no other test uses; MariaDB's TIMESTAMP ends in 2038.
 */
@HemvagSpringTest
class DemoHistorikTest {

    private static final LocalDate IDAG = LocalDate.of(2037, 6, 1);

    @Autowired SyntetiskaArenden syntetiska;
    @Autowired Ansokningsmottagning mottagning;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Indikatorer indikatorer;

    @Test
    void treArsHistorikMedPagaendeArendenIProcessenOchSiffrorSomGarIhop() {
        DemoHistorik demo = new DemoHistorik(syntetiska, mottagning, taskService, jdbc,
                java.time.Clock.fixed(IDAG.atStartOfDay(ZoneId.of("Europe/Stockholm")).toInstant(), ZoneId.of("Europe/Stockholm")),
                300, 3);
        SyntetiskaArenden.Skapat skapat = demo.skapa(IDAG);

        assertThat(skapat.avslutade()).isEqualTo(300);
        assertThat(skapat.aktiva()).isZero();
        assertThat(skapat.klienter()).isBetween(200, 300);
        assertThat(skapat.insatser()).isPositive();
        assertThat(skapat.sipar()).isPositive();
        assertThat(skapat.forsokslagenheter()).isPositive();

        String syntetiskt = " from arende a where a.registrerad_av = '" + SyntetiskaArenden.REGISTRERAD_AV + "'"
                + " and a.ansokningsdatum >= '2034-06-01'";
        List<String> nummer = jdbc.queryForList("select k.identitetsnummer from klient k where k.id in (select a.klient_id"
                + syntetiskt + ")", String.class);
        assertThat(nummer).hasSize(skapat.klienter()).allSatisfy(n -> {
            assertThat(Identitetsnummer.tolka(n, IDAG).nummer()).isEqualTo(n);
            assertThat(Integer.parseInt(n.substring(9, 12))).as("testserien 980–999").isBetween(980, 999);
        });
        assertThat(jdbc.queryForObject("select count(*)" + syntetiskt + " and a.status = 'AVSLUTAD' and a.avslutad < ?"
                + " and exists (select 1 from avslut s where s.arende_id = a.id)"
                + " and exists (select 1 from rapport_avslut r where r.arende_id = a.id)", Integer.class, IDAG)).isEqualTo(300);
        // a return within the year is marked on the case and on the closure before it
        int aterkomster = jdbc.queryForObject("select count(*)" + syntetiskt + " and a.aterkomst"
                + " and a.foregaende_arende_id is not null", Integer.class);
        assertThat(aterkomster).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from rapport_avslut r where r.aterkomst_inom_ar and r.arende_id in"
                + " (select a.foregaende_arende_id" + syntetiskt + ")", Integer.class)).isEqualTo(aterkomster);
        // the case numbers given out stay taken: the open cases after them got new ones
        List<String> pagaende = jdbc.queryForList("select a.arendenummer from arende a where a.registrerad_av = 'system'"
                + " and a.ansokningsdatum between ? and ? and a.status = 'PAGAENDE'", String.class,
                IDAG.minusDays(703), IDAG.minusDays(3));
        assertThat(pagaende).hasSize(3);
        for (String arendenummer : pagaende) {
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ArendeProcessen.PROCESS_ID)
                    .processInstanceBusinessKey(arendenummer).count()).isOne();
        }

        // the report counts placements up to its today
        ClockUtil.setCurrentTime(Date.from(IDAG.atTime(12, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant()));
        Indikatorer.Rapport ar2036 = indikatorer.rapport(LocalDate.of(2036, 1, 1), LocalDate.of(2036, 12, 31), Indelning.AR, null);
        Rad stadigvarande = rad(ar2036, "stadigvarande-boende");
        // individuals: a client closed twice in the year counts once
        assertThat(stadigvarande.totalt().av()).isEqualTo(jdbc.queryForObject("select count(distinct klient_id) from rapport_avslut"
                + " where avslutsdatum between '2036-01-01' and '2036-12-31'", Long.class));
        assertThat(stadigvarande.totalt().varde().doubleValue()).isBetween(0.25, 0.65);
        assertThat(stadigvarande.kvinnor().av() + stadigvarande.man().av()).isEqualTo(stadigvarande.totalt().av());
        assertThat(rad(ar2036, "egen-forsorjning").totalt().av()).isPositive();
        assertThat(rad(ar2036, "sip-erbjuden").totalt().av()).isPositive();
        // the economic-assistance clients' follow-ups say whether they are at jobbtorg
        assertThat(rad(ar2036, "jobbtorg").totalt().av()).isPositive();
        assertThat(rad(ar2036, "jobbtorg").totalt().varde().doubleValue()).isBetween(0.1, 0.8);
        assertThat(rad(ar2036, "median-dagar").totalt().varde()).isNotNull();
        assertThat(ar2036.indikatorer().stream().filter(i -> i.id().equals("placeringsdygn")).findFirst().orElseThrow()
                .rader().stream().filter(r -> "hela-enheten".equals(r.grupp())).findFirst().orElseThrow().totalt().antal())
                .isPositive();
    }

    @AfterEach
    void aterstallKlockan() {
        ClockUtil.reset();
    }

    /**
     * The app takes applications while the demo history is written (it is written once the app is
     * ready): every case number the history uses is one the sequence gave it, none that a
     * registration at the same moment gets too.
     */
    @Test
    void historikensArendenummerDelasInteMedAnsokningarSamtidigt() throws Exception {
        java.util.Set<Long> registreringarnas = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicBoolean klar = new java.util.concurrent.atomic.AtomicBoolean();
        Thread mottagningen = new Thread(() -> {
            while (!klar.get()) {
                registreringarnas.add(jdbc.queryForObject("select next value for arendenummer_seq", Long.class));
            }
        });
        Long fore = jdbc.queryForObject("select coalesce(max(id), 0) from arende", Long.class);
        mottagningen.start();
        LocalDate idag = IDAG.minusYears(1);
        try {
            syntetiska.skapa(new SyntetiskaArenden.Omfattning(200, 0, idag.minusYears(1), idag, 7L));
        } finally {
            klar.set(true);
            mottagningen.join();
        }
        List<Long> historikens = jdbc.queryForList("select arendenummer from arende where registrerad_av = ? and id > ?",
                String.class, SyntetiskaArenden.REGISTRERAD_AV, fore).stream().map(n -> Long.valueOf(n.substring(5))).toList();
        assertThat(historikens).hasSize(200);
        assertThat(registreringarnas).as("registreringarna drog nummer medan historiken skrevs").isNotEmpty()
                .doesNotContainAnyElementsOf(historikens);
    }

    private static Rad rad(Indikatorer.Rapport rapport, String id) {
        return rapport.indikatorer().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow().rader().get(0);
    }
}
