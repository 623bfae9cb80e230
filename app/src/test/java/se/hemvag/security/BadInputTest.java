package se.hemvag.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.Testklienter;
import se.hemvag.arende.Arende;
import se.hemvag.klient.Identitetsnummer;
import se.hemvag.klient.Kon;

/**
 * Malformed input of every kind, through the app's API and the engine's REST API: each gets a
 * clear 4xx with a Swedish message, and no domain table or process state changes.
 */
@HemvagSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private static final List<String> TABELLER = List.of("klient", "arende", "tillhorighetsutredning", "overlamning",
            "insats", "arendeuppfoljning", "avslut", "kontaktforsok", "flyttoverlamning", "tog_bedomning", "medhandlaggning",
            "sip", "sip_samtycke", "sip_uppfoljning", "forsokslagenhet", "kontraktsgranskning", "avvikelse",
            "lagenhetsinfo_tillfalle", "lagenhetsinfo_kallelse", "hyran_forst_tillfalle", "hyran_forst_besok", "hyresskuld",
            "hyran_forst_inbjudan", "arendegenomgang", "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_EVENT_SUBSCR", "ACT_RU_JOB");
    /** A message a Swedish caseworker reads: Swedish letters or the common words of our messages. */
    private static final Pattern SVENSKA = Pattern.compile("[åäöÅÄÖ]|\\b(inte|måste|finns|ange|får|har|kan|ska|fel)\\b",
            Pattern.CASE_INSENSITIVE);

    @LocalServerPort int port;
    @Autowired Arendeforlopp forlopp;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    private Http http;
    private Arende underUtredning;
    private Arende pagaende;
    private String beslutsuppgift;

    /** Once, in the first case: the cases the others need (the coverage run starts per test). */
    @BeforeEach
    void fixturer() {
        if (http != null) {
            return;
        }
        http = new Http(port);
        underUtredning = forlopp.underUtredning("behovMissbruk");
        pagaende = forlopp.pagaende("behovMissbruk", Map.of());
        beslutsuppgift = forlopp.uppgift(underUtredning).getId();
    }

    private record Fall(String namn, Supplier<HttpResponse<String>> anrop, int status) {
        @Override
        public String toString() {
            return namn;
        }
    }

    private String ansokan(Map<String, Object> andrat) {
        Map<String, Object> falt = new LinkedHashMap<>(Map.of("identitetsnummer", Testklienter.ansokan().identitetsnummer(),
                "fornamn", "Fel", "efternamn", "Indata", "kanal", "RECEPTION"));
        falt.putAll(andrat);
        falt.values().removeIf(v -> v == null || "-".equals(v));
        try {
            return json.writeValueAsString(falt);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Fall ansok(String namn, Map<String, Object> andrat, int status) {
        return new Fall("ansökan: " + namn, () -> http.postJson("/api/ansokningar", "handlaggare-mottagningen", "demo",
                ansokan(andrat)), status);
    }

    private Fall api(String namn, String anvandare, Supplier<String> sokvag, String kropp, int status) {
        return new Fall(namn, () -> kropp == null ? http.get(sokvag.get(), anvandare, "demo")
                : http.postJson(sokvag.get(), anvandare, "demo", kropp), status);
    }

    private String arende() {
        return "/api/arenden/" + pagaende.getArendenummer();
    }

    private String utredning() {
        return "/api/arenden/" + underUtredning.getArendenummer();
    }

    private static Map<String, Object> m(Object... par) {
        Map<String, Object> karta = new LinkedHashMap<>();
        for (int i = 0; i < par.length; i += 2) {
            karta.put((String) par[i], par[i + 1]);
        }
        return karta;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String formular(Map<String, Object> varden) {
        StringBuilder kropp = new StringBuilder("{\"variables\": {");
        varden.forEach((k, v) -> kropp.append('"').append(k).append("\": {\"value\": ")
                .append(v instanceof String ? "\"" + v + "\"" : v).append("},"));
        return kropp.substring(0, kropp.length() - 1) + "}}";
    }

    /** Vuxensektionen's decision task, submitted through the engine's REST API as Tasklist does. */
    private Fall beslut(String namn, String anvandare, Map<String, Object> varden, int status) {
        return new Fall("uppgift: " + namn, () -> http.postJson("/engine-rest/task/" + beslutsuppgift + "/submit-form",
                anvandare, "demo", formular(varden)), status);
    }

    /** A message sent straight to the engine, past the app's checks: sections may not. */
    private Fall meddelande(String namn, String meddelande) {
        return new Fall("meddelande: " + namn, () -> http.postJson("/engine-rest/message", "handlaggare-vuxen", "demo",
                "{\"messageName\": \"" + meddelande + "\", \"businessKey\": \"" + pagaende.getArendenummer() + "\"}"), 403);
    }

    /** A start form refused by its delegate: 400 with the delegate's message. */
    private Fall starta(String namn, String process, String anvandare, Supplier<Map<String, Object>> varden) {
        return new Fall(namn, () -> http.postJson("/engine-rest/process-definition/key/" + process + "/submit-form", anvandare,
                "demo", formular(varden.get())), 400);
    }

    private static Map<String, Object> tillfalle(String datum, String klockslag, int kapacitet) {
        return m("tillfalleDatum", datum, "tillfalleKlockslag", klockslag, "plats", "A", "kapacitet", kapacitet, "ledare", "B");
    }

    Stream<Arguments> fall() {
        String giltigt = Identitetsnummer.syntetiskt(LocalDate.of(1979, 4, 2), 3, Kon.KVINNA);
        String fel = giltigt.substring(0, 12) + (char) ('0' + (giltigt.charAt(12) - '0' + 1) % 10);
        String stor = "x".repeat(1024 * 1024 + 1);
        String idag = LocalDate.now().toString();
        return Stream.of(
                ansok("fel kontrollsiffra", m("identitetsnummer", fel), 400),
                ansok("för kort personnummer", m("identitetsnummer", "850312-98"), 400),
                ansok("bokstäver i personnumret", m("identitetsnummer", "19850312-ABCD"), 400),
                ansok("månad 13", m("identitetsnummer", "19851312-1234"), 400),
                ansok("dag 32", m("identitetsnummer", "19850132-1234"), 400),
                ansok("fött i framtiden", m("identitetsnummer", "20990101-1234"), 400),
                ansok("14 tecken", m("identitetsnummer", "19850312-12345"), 400),
                ansok("SQL i personnumret", m("identitetsnummer", "1' OR '1'='1"), 400),
                ansok("SQL-kommentar i personnumret", m("identitetsnummer", "1;DROP--"), 400),
                ansok("ingen identitet och inget födelsedatum", m("identitetsnummer", "-"), 400),
                ansok("reservnummer utan kön", m("identitetsnummer", "-", "fodelsedatum", "1980-01-01"), 400),
                ansok("reservnummer fött i framtiden", m("identitetsnummer", "-", "fodelsedatum", "2099-01-01", "kon", "MAN"), 400),
                ansok("ogiltigt födelsedatum", m("identitetsnummer", "-", "fodelsedatum", "2026-13-01", "kon", "MAN"), 400),
                ansok("okänt kön", m("identitetsnummer", "-", "fodelsedatum", "1980-01-01", "kon", "ANNAT"), 400),
                ansok("förnamn saknas", m("fornamn", "-"), 400),
                ansok("tomt efternamn", m("efternamn", "   "), 400),
                ansok("förnamn 101 tecken", m("fornamn", "A".repeat(101)), 400),
                ansok("efternamn 5000 tecken", m("efternamn", "B".repeat(5000)), 400),
                ansok("skript i förnamnet", m("fornamn", "<script>alert(1)</script>"), 400),
                ansok("HTML i efternamnet", m("efternamn", "<img src=x onerror=alert(1)>"), 400),
                ansok("mallsyntax i förnamnet", m("fornamn", "{{7*7}}"), 400),
                ansok("citattecken i efternamnet", m("efternamn", "Svensson\"; DROP TABLE klient;--"), 400),
                ansok("styrtecken i förnamnet", m("fornamn", "Anna\u0000"), 400),
                ansok("telefon med bokstäver", m("telefon", "abc"), 400),
                ansok("telefon med skript", m("telefon", "070<script>"), 400),
                ansok("okänd kanal", m("kanal", "BREVDUVA"), 400),
                ansok("kanal saknas", m("kanal", "-"), 400),
                ansok("anteckning 2001 tecken", m("anteckning", "C".repeat(2001)), 400),
                new Fall("ansökan: dubbel ansökan för klient med öppet ärende", () -> http.postJson("/api/ansokningar",
                        "handlaggare-mottagningen", "demo", ansokan(m("identitetsnummer",
                                underUtredning.getKlient().getIdentitetsnummer()))), 409),
                new Fall("ansökan: trasig JSON", () -> http.postJson("/api/ansokningar", "handlaggare-mottagningen", "demo", "{"), 400),
                new Fall("ansökan: JSON-lista", () -> http.postJson("/api/ansokningar", "handlaggare-mottagningen", "demo", "[]"), 400),
                new Fall("ansökan: fel innehållstyp", () -> http.post("/api/ansokningar", "handlaggare-mottagningen", "demo",
                        "text/plain", "fornamn=Anna".getBytes(StandardCharsets.UTF_8)), 415),
                new Fall("ansökan: över 1 MB", () -> http.postJson("/api/ansokningar", "handlaggare-mottagningen", "demo",
                        "{\"anteckning\": \"" + stor + "\"}"), 413),
                api("ärende: SQL i ärendenumret", "handlaggare-vuxen", () -> "/api/arenden/" + enc("2026-00001' OR '1'='1"), null, 404),
                api("ärende: skript i ärendenumret", "handlaggare-vuxen", () -> "/api/arenden/" + enc("<script>"), null, 404),
                api("ärende: annan sektions ärende", "handlaggare-forsorjning", () -> arende(), null, 403),
                api("avslut: ingen orsak", "handlaggare-vuxen", () -> utredning() + "/avslut", "{}", 400),
                api("avslut: okänd orsak", "handlaggare-vuxen", () -> utredning() + "/avslut", "{\"orsak\": 7}", 400),
                api("avslut: inte hörd av, fast klienten hörts av", "handlaggare-vuxen", () -> utredning() + "/avslut",
                        "{\"orsak\": \"KONTAKT_UPPHORT\"}", 409),
                api("avslut: annan sektion", "handlaggare-forsorjning", () -> arende() + "/avslut", "{}", 403),
                api("medhandläggning: okänd sektion", "handlaggare-vuxen", () -> arende() + "/medhandlaggning",
                        "{\"sektion\": \"okand\", \"behov\": \"x\"}", 400),
                api("medhandläggning: behov 3000 tecken", "handlaggare-vuxen", () -> arende() + "/medhandlaggning",
                        "{\"sektion\": \"forsorjning\", \"behov\": \"" + "D".repeat(3000) + "\"}", 400),
                api("medhandläggning: trasig JSON", "handlaggare-vuxen", () -> arende() + "/medhandlaggning", "{\"sektion\":", 400),
                api("ärendegenomgång: handläggare i en annan sektion", "gruppledare-vuxen", () -> arende() + "/arendegenomgang",
                        "{\"handlaggare\": \"handlaggare-forsorjning\", \"anteckning\": \"x\"}", 400),
                api("ärendegenomgång: anteckning 5000 tecken", "gruppledare-vuxen", () -> arende() + "/arendegenomgang",
                        "{\"handlaggare\": \"handlaggare-vuxen\", \"anteckning\": \"" + "G".repeat(5000) + "\"}", 400),
                api("ärendegenomgång: en handläggare registrerar", "handlaggare-vuxen", () -> arende() + "/arendegenomgang",
                        "{\"handlaggare\": \"handlaggare-vuxen\", \"anteckning\": \"x\"}", 403),
                api("kontakt: annan sektion", "handlaggare-forsorjning", () -> arende() + "/kontakt", "{}", 403),
                api("SIP: ärende under utredning", "handlaggare-vuxen", () -> utredning() + "/sip", "{}", 409),
                api("SIP: återkallat samtycke utan SIP", "handlaggare-vuxen", () -> arende() + "/sip/samtycke/aterkallelse", "{}", 409),
                api("SIP: anteckning 3000 tecken", "handlaggare-vuxen", () -> arende() + "/sip/samtycke/aterkallelse",
                        "{\"anteckning\": \"" + "E".repeat(3000) + "\"}", 400),
                api("hyresskuld: okänd anmälare", "handlaggare-vuxen", () -> arende() + "/hyresskuld",
                        "{\"anmaldAv\": \"GRANNEN\", \"belopp\": 100}", 400),
                api("hyresskuld: negativt belopp", "handlaggare-vuxen", () -> arende() + "/hyresskuld",
                        "{\"anmaldAv\": \"HYRESVARD\", \"belopp\": -5}", 400),
                api("hyresskuld: belopp i ord", "handlaggare-vuxen", () -> arende() + "/hyresskuld",
                        "{\"anmaldAv\": \"HYRESVARD\", \"belopp\": \"tusen\"}", 400),
                api("hyresskuld: ingen försökslägenhet", "handlaggare-vuxen", () -> arende() + "/hyresskuld",
                        "{\"anmaldAv\": \"HYRESVARD\", \"belopp\": 100}", 409),
                api("åtkomstlogg: klient-id i ord", "chef", () -> "/api/atkomstlogg?klientId=" + enc("1 OR 1=1"), null, 400),
                api("åtkomstlogg: inget urval", "chef", () -> "/api/atkomstlogg", null, 400),
                api("åtkomstlogg: handläggare", "handlaggare-vuxen", () -> "/api/atkomstlogg?anvandare=chef", null, 403),
                beslut("annan sektions beslut", "handlaggare-forsorjning", m("beslut", "BEVILJAT", "beslutsdatum", idag,
                        "beslutMotivering", "x"), 403),
                beslut("ogiltigt datum", "handlaggare-vuxen", m("beslut", "BEVILJAT", "beslutsdatum", "2026-02-30",
                        "beslutMotivering", "x"), 400),
                beslut("beslut utan motivering", "handlaggare-vuxen", m("beslut", "BEVILJAT", "beslutsdatum", idag), 400),
                beslut("okänt beslut", "handlaggare-vuxen", m("beslut", "KANSKE", "beslutsdatum", idag, "beslutMotivering", "x"), 400),
                meddelande("medhandläggning förbi API:ets kontroller", "Message_MedhandlaggningBegard"),
                meddelande("avslut förbi kontaktförsöken", "Message_AvslutBegart"),
                starta("försökslägenhet: annan sektions ärende", "ForsokslagenhetProcess", "handlaggare-forsorjning",
                        () -> m("arendenummer", pagaende.getArendenummer(), "ekonomiUtredd", true, "stabilitet", "x")),
                starta("försökslägenhet: ärende under utredning", "ForsokslagenhetProcess", "handlaggare-vuxen",
                        () -> m("arendenummer", underUtredning.getArendenummer(), "ekonomiUtredd", true, "stabilitet", "x")),
                starta("Lägenhetsinfo: tillfälle i det förflutna", "LagenhetsinfoProcess", "handlaggare-administrationen",
                        () -> tillfalle("2020-01-01", "13:00", 5)),
                starta("Lägenhetsinfo: noll platser", "LagenhetsinfoProcess", "handlaggare-administrationen",
                        () -> tillfalle(LocalDate.now().plusDays(5).toString(), "13:00", 0)),
                starta("Lägenhetsinfo: klockslag 25:00", "LagenhetsinfoProcess", "handlaggare-administrationen",
                        () -> tillfalle(LocalDate.now().plusDays(5).toString(), "25:00", 5)))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fall")
    void avvisasMedSvensktMeddelandeUtanAttNagotAndras(Fall fall) throws Exception {
        Map<String, Long> fore = rader();

        HttpResponse<String> svar = fall.anrop().get();

        assertThat(svar.statusCode()).as(fall.namn() + ": " + svar.body()).isEqualTo(fall.status());
        JsonNode kropp = json.readTree(svar.body());
        String meddelande = kropp.hasNonNull("detail") ? kropp.get("detail").asText() : kropp.path("message").asText();
        assertThat(meddelande).as(fall.namn()).isNotBlank().containsPattern(SVENSKA);
        assertThat(rader()).as(fall.namn() + ": inget ändrat").isEqualTo(fore);
    }

    private Map<String, Long> rader() {
        Map<String, Long> antal = new LinkedHashMap<>();
        for (String tabell : TABELLER) {
            antal.put(tabell, jdbc.queryForObject("select count(*) from " + tabell, Long.class));
        }
        return antal;
    }
}
