package se.hemvag.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.Testklienter;
import se.hemvag.arende.Arende;

/**
 * Who may do what, role by role and endpoint by endpoint, over real HTTP. A refusal is 403 or 404
 * (the engine does not reveal what it will not show); a list the role may not see is empty.
 * admin administers users and groups (group administratorer) and sees no client data anywhere.
 */
@HemvagSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrisTest {

    private static final List<String> ROLLER = List.of("handlaggare-mottagningen", "handlaggare-forsorjning",
            "handlaggare-vuxen", "handlaggare-vard-och-omsorg", "handlaggare-administrationen", "gruppledare-vuxen",
            "bitradande-enhetschef-forsorjning", "chef", "processagare", "admin", "utredningssekreterare", "anonym");

    /**
     * A section's gruppledare and biträdande enhetschef are members of the section, and the
     * biträdande enhetschef also of ledningsgruppen: they may what those roles may, and more.
     */
    private static final Map<String, List<String>> KAN_DET_SOM = Map.of(
            "gruppledare-vuxen", List.of("handlaggare-vuxen"),
            "bitradande-enhetschef-forsorjning", List.of("handlaggare-forsorjning", "chef"));

    @LocalServerPort int port;
    @Autowired Arendeforlopp forlopp;
    @Autowired ObjectMapper json;

    private Http http;
    private Arende pagaende;
    private Arende underUtredning;

    @BeforeEach
    void fixturer() {
        if (http != null) {
            return;
        }
        http = new Http(port);
        pagaende = forlopp.pagaende("behovMissbruk", Map.of());
        underUtredning = forlopp.underUtredning("behovMissbruk");
    }

    /** What a role should get: a status, or for lists whether anything shows. */
    private enum Utfall { OK, SKAPAD, NO_CONTENT, KONFLIKT, NEKAD, EJ_INLOGGAD, TOM_LISTA, SYNLIG_LISTA }

    private record Slutpunkt(String namn, Function<String, HttpResponse<String>> anrop, Map<String, Utfall> forvantat) {
    }

    /** The roles named, and those who may what they may, get {@code tillaten}; the others {@code ovriga}. */
    private static Map<String, Utfall> bara(Utfall tillaten, Utfall ovriga, String... roller) {
        Map<String, Utfall> forvantat = new LinkedHashMap<>();
        for (String roll : ROLLER) {
            boolean far = List.of(roller).contains(roll)
                    || KAN_DET_SOM.getOrDefault(roll, List.of()).stream().anyMatch(List.of(roller)::contains);
            forvantat.put(roll, roll.equals("anonym") ? Utfall.EJ_INLOGGAD : far ? tillaten : ovriga);
        }
        return forvantat;
    }

    /** Only the roles named, for what is one's own: a user sees their own user and no one else's. */
    private static Map<String, Utfall> baraPrecis(Utfall tillaten, Utfall ovriga, String... roller) {
        Map<String, Utfall> forvantat = new LinkedHashMap<>();
        for (String roll : ROLLER) {
            forvantat.put(roll, roll.equals("anonym") ? Utfall.EJ_INLOGGAD : List.of(roller).contains(roll) ? tillaten : ovriga);
        }
        return forvantat;
    }

    private HttpResponse<String> get(String roll, String sokvag) {
        return http.get(sokvag, roll.equals("anonym") ? null : roll, "demo");
    }

    private HttpResponse<String> post(String roll, String sokvag, String kropp) {
        return http.postJson(sokvag, roll.equals("anonym") ? null : roll, "demo", kropp);
    }

    private List<Slutpunkt> slutpunkter() {
        String[] arbetarMedArendet = {"handlaggare-mottagningen", "handlaggare-vuxen", "chef"};
        List<Slutpunkt> lista = new ArrayList<>();
        for (String del : List.of("", "/avslut", "/sip", "/forsokslagenhet")) {
            lista.add(new Slutpunkt("GET /api/arenden/{nr}" + del,
                    r -> get(r, "/api/arenden/" + pagaende.getArendenummer() + del), bara(Utfall.OK, Utfall.NEKAD, arbetarMedArendet)));
        }
        lista.add(new Slutpunkt("POST /api/ansokningar", r -> post(r, "/api/ansokningar", "{\"identitetsnummer\": \""
                + Testklienter.ansokan().identitetsnummer() + "\", \"fornamn\": \"Matris\", \"efternamn\": \"Testsson\","
                + " \"kanal\": \"RECEPTION\"}"), bara(Utfall.SKAPAD, Utfall.NEKAD, "handlaggare-mottagningen", "handlaggare-administrationen")));
        lista.add(new Slutpunkt("POST /api/arenden/{nr}/avslut", r -> post(r, "/api/arenden/" + underUtredning.getArendenummer()
                + "/avslut", "{\"orsak\": \"KONTAKT_UPPHORT\"}"), bara(Utfall.KONFLIKT, Utfall.NEKAD, "handlaggare-vuxen")));
        lista.add(new Slutpunkt("POST /api/arenden/{nr}/kontakt", r -> post(r, "/api/arenden/" + pagaende.getArendenummer()
                + "/kontakt", "{}"), bara(Utfall.OK, Utfall.NEKAD, "handlaggare-mottagningen", "handlaggare-administrationen",
                "handlaggare-vuxen")));
        lista.add(new Slutpunkt("POST /api/arenden/{nr}/medhandlaggning", r -> post(r, "/api/arenden/"
                + underUtredning.getArendenummer() + "/medhandlaggning", "{\"sektion\": \"forsorjning\", \"behov\": \"Ekonomi\"}"),
                bara(Utfall.KONFLIKT, Utfall.NEKAD, "handlaggare-vuxen")));
        lista.add(new Slutpunkt("POST /api/arenden/{nr}/sip", r -> post(r, "/api/arenden/" + underUtredning.getArendenummer()
                + "/sip", "{}"), bara(Utfall.KONFLIKT, Utfall.NEKAD, "handlaggare-vuxen")));
        lista.add(new Slutpunkt("POST /api/arenden/{nr}/sip/samtycke/aterkallelse", r -> post(r, "/api/arenden/"
                + pagaende.getArendenummer() + "/sip/samtycke/aterkallelse", "{}"), bara(Utfall.KONFLIKT, Utfall.NEKAD,
                "handlaggare-vuxen")));
        lista.add(new Slutpunkt("POST /api/arenden/{nr}/hyresskuld", r -> post(r, "/api/arenden/" + pagaende.getArendenummer()
                + "/hyresskuld", "{\"anmaldAv\": \"HYRESVARD\", \"belopp\": 100}"), bara(Utfall.KONFLIKT, Utfall.NEKAD,
                "handlaggare-vuxen", "handlaggare-administrationen")));
        lista.add(new Slutpunkt("GET /engine-rest/user", r -> get(r, "/engine-rest/user?id=handlaggare-vuxen"),
                // the user directory is admin's, and the section leads', who let accounts into their section;
                // a user sees only themself
                baraPrecis(Utfall.SYNLIG_LISTA, Utfall.TOM_LISTA, "admin", "handlaggare-vuxen", "gruppledare-vuxen",
                        "bitradande-enhetschef-forsorjning")));
        lista.add(new Slutpunkt("POST /engine-rest/group/create", r -> post(r, "/engine-rest/group/create",
                "{\"id\": \"matris-" + r.replace("-", "") + "-" + System.nanoTime() + "\", \"name\": \"Matris\", \"type\": \"WORKFLOW\"}"),
                bara(Utfall.NO_CONTENT, Utfall.NEKAD, "admin")));
        lista.add(new Slutpunkt("GET /api/sektioner/{sektion}/arendegenomgang", r -> get(r,
                "/api/sektioner/vuxen/arendegenomgang"), baraPrecis(Utfall.OK, Utfall.NEKAD, "gruppledare-vuxen",
                "bitradande-enhetschef-forsorjning", "chef")));
        lista.add(new Slutpunkt("POST /api/arenden/{nr}/arendegenomgang", r -> post(r, "/api/arenden/"
                + underUtredning.getArendenummer() + "/arendegenomgang", "{\"handlaggare\": \"handlaggare-vuxen\","
                + " \"anteckning\": \"Genomgånget\"}"), baraPrecis(Utfall.SKAPAD, Utfall.NEKAD, "gruppledare-vuxen")));
        lista.add(new Slutpunkt("GET /api/indikatorer?sektion=vuxen", r -> get(r, "/api/indikatorer?sektion=vuxen"),
                baraPrecis(Utfall.OK, Utfall.NEKAD, "gruppledare-vuxen", "bitradande-enhetschef-forsorjning", "chef")));
        lista.add(new Slutpunkt("GET /api/vantetider", r -> get(r, "/api/vantetider"),
                baraPrecis(Utfall.OK, Utfall.NEKAD, "gruppledare-vuxen", "bitradande-enhetschef-forsorjning", "chef")));
        lista.add(new Slutpunkt("GET /api/stickprov/resultat", r -> get(r, "/api/stickprov/resultat"),
                bara(Utfall.OK, Utfall.NEKAD, "gruppledare-vuxen", "chef", "utredningssekreterare")));
        lista.add(new Slutpunkt("GET /api/stickprov/resultat?sektion=vuxen", r -> get(r, "/api/stickprov/resultat?sektion=vuxen"),
                bara(Utfall.OK, Utfall.NEKAD, "gruppledare-vuxen", "chef", "utredningssekreterare")));
        lista.add(new Slutpunkt("GET /api/atkomstlogg", r -> get(r, "/api/atkomstlogg?anvandare=handlaggare-vuxen"),
                bara(Utfall.OK, Utfall.NEKAD, "chef")));

        Map<String, Utfall> uppgift = bara(Utfall.OK, Utfall.NEKAD, "handlaggare-vuxen", "chef");
        lista.add(new Slutpunkt("GET /engine-rest/task/{id} (Vuxensektionens uppgift)", r -> get(r, "/engine-rest/task/"
                + forlopp.uppgift(underUtredning).getId()), uppgift));
        Map<String, Utfall> uppgiftslista = bara(Utfall.SYNLIG_LISTA, Utfall.TOM_LISTA, "handlaggare-vuxen", "chef");
        lista.add(new Slutpunkt("GET /engine-rest/task?processInstanceBusinessKey", r -> get(r,
                "/engine-rest/task?processInstanceBusinessKey=" + underUtredning.getArendenummer()), uppgiftslista));
        Map<String, Utfall> instanser = bara(Utfall.SYNLIG_LISTA, Utfall.TOM_LISTA, "chef");
        lista.add(new Slutpunkt("GET /engine-rest/process-instance?businessKey", r -> get(r,
                "/engine-rest/process-instance?businessKey=" + pagaende.getArendenummer()), instanser));
        Map<String, Utfall> variabler = bara(Utfall.OK, Utfall.NEKAD, "chef");
        lista.add(new Slutpunkt("GET /engine-rest/process-instance/{id}/variables", r -> get(r,
                "/engine-rest/process-instance/" + forlopp.process(pagaende).getId() + "/variables"), variabler));
        Map<String, Utfall> driftsattningar = bara(Utfall.SYNLIG_LISTA, Utfall.TOM_LISTA, "chef", "processagare");
        lista.add(new Slutpunkt("GET /engine-rest/deployment", r -> get(r, "/engine-rest/deployment"), driftsattningar));
        return lista;
    }

    /** Every role against every endpoint; the calls themselves run lazily, after the fixtures exist. */
    Stream<Arguments> fall() {
        List<Arguments> fall = new ArrayList<>();
        for (Slutpunkt slutpunkt : slutpunkter()) {
            slutpunkt.forvantat().forEach((roll, utfall) -> fall.add(Arguments.of(slutpunkt.namn() + " som " + roll, roll,
                    slutpunkt.namn())));
        }
        return fall.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fall")
    void varjeRollFarPrecisDetDenSka(String fall, String roll, String namn) throws Exception {
        Slutpunkt slutpunkt = slutpunkter().stream().filter(s -> s.namn().equals(namn)).findFirst().orElseThrow();
        Utfall forvantat = slutpunkt.forvantat().get(roll);

        HttpResponse<String> svar = slutpunkt.anrop().apply(roll);

        String vad = roll + " → " + slutpunkt.namn() + ": " + svar.statusCode() + " " + svar.body();
        switch (forvantat) {
            case OK -> assertThat(svar.statusCode()).as(vad).isEqualTo(200);
            case SKAPAD -> assertThat(svar.statusCode()).as(vad).isEqualTo(201);
            case NO_CONTENT -> assertThat(svar.statusCode()).as(vad).isEqualTo(204);
            case KONFLIKT -> assertThat(svar.statusCode()).as(vad).isEqualTo(409);
            case NEKAD -> assertThat(svar.statusCode()).as(vad).isIn(403, 404);
            case EJ_INLOGGAD -> assertThat(svar.statusCode()).as(vad).isEqualTo(401);
            case TOM_LISTA -> assertThat(lista(svar)).as(vad).isEmpty();
            case SYNLIG_LISTA -> assertThat(lista(svar)).as(vad).isNotEmpty();
        }
    }

    private JsonNode lista(HttpResponse<String> svar) throws Exception {
        assertThat(svar.statusCode()).isEqualTo(200);
        JsonNode lista = json.readTree(svar.body());
        assertThat(lista.isArray()).isTrue();
        return lista;
    }
}
