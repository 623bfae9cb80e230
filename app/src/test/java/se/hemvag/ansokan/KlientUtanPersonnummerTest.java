package se.hemvag.ansokan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.arende.Arende;
import se.hemvag.arende.ArendeStatus;
import se.hemvag.arende.Arenden;
import se.hemvag.klient.Identitetstyp;

/**
 * Clients without papers: a person who comes back keeps their reserve number (so a return is seen
 * and the one-open-case rule holds), intake can search for them, and numbers are unique however many
 * are issued at once.
 */
@HemvagSpringTest
class KlientUtanPersonnummerTest {

    private static final AtomicInteger NASTA = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired Arenden arenden;
    @Autowired TaskService taskService;
    @Autowired ObjectMapper json;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Http http;

    @BeforeEach
    void init() {
        http = new Http(port);
    }

    /** A person no other test uses: a birth date of their own. */
    private static LocalDate egetFodelsedatum() {
        return LocalDate.of(1950, 1, 1).plusDays(NASTA.incrementAndGet() * 37L);
    }

    private HttpResponse<String> ansok(LocalDate fodd, String fornamn, String efternamn, String nummer, boolean nyPerson) {
        return http.postJson("/api/ansokningar", "handlaggare-mottagningen", "demo", "{"
                + (nummer == null ? "" : "\"identitetsnummer\": \"" + nummer + "\", ")
                + (nyPerson ? "\"nyttReservnummer\": true, " : "")
                + "\"fodelsedatum\": \"" + fodd + "\", \"kon\": \"MAN\", \"fornamn\": \"" + fornamn + "\", "
                + "\"efternamn\": \"" + efternamn + "\", \"kanal\": \"RECEPTION\"}");
    }

    private Arende arende(HttpResponse<String> svar) throws Exception {
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        return arenden.hamta(json.readTree(svar.body()).get("arendenummer").asText());
    }

    /** Closes a case at the belonging investigation as handed over to a district (the quickest way out). */
    private void stang(Arende arende) throws Exception {
        http.postJson("/api/arenden/" + arende.getArendenummer() + "/avslut", "handlaggare-mottagningen", "demo",
                "{\"orsak\": \"KLIENTEN_AVBOJER_STOD\"}");
        var blankett = taskService.createTaskQuery().processInstanceBusinessKey(arende.getArendenummer()).singleResult();
        taskService.complete(blankett.getId(), java.util.Map.of("avslutsorsak", "KLIENTEN_AVBOJER_STOD",
                "boendeVidAvslut", "OKANT", "egenForsorjning", "NEJ", "avslutsdatum", LocalDate.now().toString()));
        assertThat(arenden.hamta(arende.getArendenummer()).getStatus()).isEqualTo(ArendeStatus.AVSLUTAD);
    }

    @Test
    void enTidigareKlientUtanPapperForeslasOchBehallerSittReservnummer() throws Exception {
        LocalDate fodd = egetFodelsedatum();
        Arende forsta = arende(ansok(fodd, "Ali", "Utan Papper", null, false));
        assertThat(forsta.getKlient().getIdentitetstyp()).isEqualTo(Identitetstyp.RESERVNUMMER);
        String reservnummer = forsta.getKlient().getIdentitetsnummer();

        // the same name, birth date and sex again: never merged without asking, the earlier client is named
        HttpResponse<String> foreslagen = ansok(fodd, "ali", " Utan  Papper ", null, false);
        assertThat(foreslagen.statusCode()).isEqualTo(400);
        assertThat(json.readTree(foreslagen.body()).get("detail").asText()).contains(reservnummer).contains("samma person");
        // the number given while the first case is open: the one-open-case rule holds for them too
        assertThat(ansok(fodd, "Ali", "Utan Papper", reservnummer, false).statusCode()).isEqualTo(409);

        stang(forsta);
        Arende andra = arende(ansok(fodd, "Ali", "Utan Papper", reservnummer, false));

        assertThat(andra.getKlient().getId()).isEqualTo(forsta.getKlient().getId());
        assertThat(andra.isAterkomst()).isTrue();
        assertThat(andra.getForegaendeArendeId()).isEqualTo(forsta.getId());
    }

    @Test
    void enAnnanPersonMedSammaNamnFodelsedatumOchKonFarEttEgetNummerNarHandlaggarenSagerDet() throws Exception {
        LocalDate fodd = egetFodelsedatum();
        Arende forsta = arende(ansok(fodd, "Sam", "Samma", null, false));

        Arende annan = arende(ansok(fodd, "Sam", "Samma", null, true));

        assertThat(annan.getKlient().getId()).isNotEqualTo(forsta.getKlient().getId());
        assertThat(annan.getKlient().getIdentitetsnummer()).isNotEqualTo(forsta.getKlient().getIdentitetsnummer());
        assertThat(annan.isAterkomst()).isFalse();
        // a reserve number given with another birth date is refused
        assertThat(ansok(fodd.plusDays(1), "Sam", "Samma", forsta.getKlient().getIdentitetsnummer(), false).statusCode())
                .isEqualTo(400);
    }

    @Test
    void mottagningenSokerUppKlientenOchAngerReservnumret() throws Exception {
        LocalDate fodd = egetFodelsedatum();
        Arende forsta = arende(ansok(fodd, "Maria José", "Okänd", null, false));
        stang(forsta);
        String reservnummer = forsta.getKlient().getIdentitetsnummer();

        HttpResponse<String> sok = http.get("/api/ansokningar/klienter-utan-personnummer?fodelsedatum=" + fodd
                + "&kon=MAN&fornamn=maria", "handlaggare-mottagningen", "demo");
        assertThat(sok.statusCode()).isEqualTo(200);
        JsonNode traffar = json.readTree(sok.body());
        assertThat(traffar).hasSize(1);
        assertThat(traffar.get(0).get("reservnummer").asText()).isEqualTo(reservnummer);
        // the access log names the client the answer showed
        assertThat(jdbc.queryForObject("select count(*) from atkomstlogg where klient_id = ? and vad like ?", Long.class,
                forsta.getKlient().getId(), "%klienter-utan-personnummer%")).isEqualTo(1);

        // written differently this time (a nickname): the number found ties the application to the client
        Arende andra = arende(ansok(fodd, "Majsan", "Okänd", reservnummer, false));
        assertThat(andra.getKlient().getId()).isEqualTo(forsta.getKlient().getId());
        assertThat(andra.isAterkomst()).isTrue();
    }

    @Test
    void sokningenOchOkandaReservnummerGerTydligaSvar() throws Exception {
        HttpResponse<String> annanSektion = http.get("/api/ansokningar/klienter-utan-personnummer?fodelsedatum=1980-01-01&kon=MAN",
                "handlaggare-vuxen", "demo");
        HttpResponse<String> felDatum = http.get("/api/ansokningar/klienter-utan-personnummer?fodelsedatum=1980-13-01&kon=MAN",
                "handlaggare-mottagningen", "demo");
        HttpResponse<String> felKon = http.get("/api/ansokningar/klienter-utan-personnummer?fodelsedatum=1980-01-01&kon=X",
                "handlaggare-mottagningen", "demo");
        HttpResponse<String> okantNummer = ansok(egetFodelsedatum(), "Ny", "Person", "19800101-R99999", false);
        HttpResponse<String> utanNamn = http.get("/api/ansokningar/klienter-utan-personnummer?fodelsedatum=1980-01-01&kon=MAN",
                "handlaggare-mottagningen", "demo");

        assertThat(annanSektion.statusCode()).isEqualTo(403);
        assertThat(felDatum.statusCode()).isEqualTo(400);
        assertThat(json.readTree(felDatum.body()).get("detail").asText()).contains("ÅÅÅÅ-MM-DD");
        assertThat(felKon.statusCode()).isEqualTo(400);
        assertThat(okantNummer.statusCode()).isEqualTo(400);
        assertThat(utanNamn.statusCode()).as("inte alla med ett födelsedatum").isEqualTo(400);
        assertThat(json.readTree(okantNummer.body()).get("detail").asText()).contains("finns inte");
    }

    @Test
    void reservnummerSomUtfardasSamtidigtArUnika() throws Exception {
        LocalDate fodd = egetFodelsedatum();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<HttpResponse<String>>> ansokningar = java.util.stream.IntStream.range(0, 8)
                    .<Callable<HttpResponse<String>>>mapToObj(i -> () -> ansok(fodd, "Person" + i, "Samtidig", null, false)).toList();
            List<String> nummer = new java.util.ArrayList<>();
            for (Future<HttpResponse<String>> svar : pool.invokeAll(ansokningar)) {
                assertThat(svar.get().statusCode()).as(svar.get().body()).isEqualTo(201);
                nummer.add(json.readTree(svar.get().body()).get("identitetsnummer").asText());
            }
            assertThat(nummer).doesNotHaveDuplicates().allMatch(n -> n.startsWith(fodd.toString().replace("-", "") + "-R"));
        } finally {
            pool.shutdownNow();
        }
    }
}
