package se.hemvag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tasklist, Cockpit, Admin and the welcome page speak Swedish: every key of Camunda's shipped
 * English file has a Swedish value (so an upgrade that adds keys fails here), with the same
 * placeholders, and no text is left as it was in English but the names and technical words below;
 * each webapp's config.js offers Swedish alone and dates as ÅÅÅÅ-MM-DD.
 */
class SvenskaWebbapparTest {

    private static final String APPAR = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLATSHALLARE = Pattern.compile("\\{\\{[^}]*}}|%[sd]|\\{\\d+}|</?[a-z][a-z0-9]*(\\s[^>]*)?/?>");
    /** Names, technical tokens, and words that are the same in Swedish. */
    private static final Set<String> SAMMA_PA_SVENSKA = Set.of("OK", " OK", "Admin", "Camunda", "Camunda Cockpit", "Cockpit",
            "Tasklist", "Optimize", "CSV", "JSON", "ID", "ID*", "null", "<null>", "<undefined>", "<definition>", "<version>",
            "Boolean", "Double", "Integer", "Long", "Short", "String", "YYYY-MM-DDTHH:mm:ss", "GLOBAL", "Max", "Min",
            "Batch", "batch", "Diagram", "Filter", "Information", "Operator", "Status", "System", "Version", "Version:",
            "Incident : ID", "process");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void varjeEngelskTextHarEnSvensk(String app) throws IOException {
        Map<String, String> engelska = texter(APPAR + app + "/locales/en.json");
        Map<String, String> svenska = texter(APPAR + app + "/locales/sv.json");
        assertThat(svenska.keySet()).as(app + ": samma nycklar som Camundas en.json").isEqualTo(engelska.keySet());

        List<String> fel = new ArrayList<>();
        engelska.forEach((nyckel, engelsk) -> {
            String svensk = svenska.get(nyckel);
            if (!platshallare(engelsk).equals(platshallare(svensk))) {
                fel.add(nyckel + ": platshållarna skiljer sig: " + svensk);
            }
            boolean text = engelsk.matches("(?s).*[A-Za-z]{2,}.*") && !nyckel.startsWith("dateLocales.longDateFormat");
            if (text && engelsk.equals(svensk) && !SAMMA_PA_SVENSKA.contains(engelsk)) {
                fel.add(nyckel + ": står kvar på engelska: " + engelsk);
            }
        });
        assertThat(engelska).hasSizeGreaterThan(150);
        assertThat(fel).isEmpty();
        assertThat(svenska.get("dateLocales.longDateFormat.L")).isIn(null, "YYYY-MM-DD");
    }

    @Test
    void sammaEngelskaTextBlirSammaSvenskaIAllaWebbappar() throws IOException {
        List<String> appar = List.of("tasklist", "cockpit", "admin", "welcome");
        Map<String, Map<String, String>> engelska = new TreeMap<>();
        Map<String, Map<String, String>> svenska = new TreeMap<>();
        for (String app : appar) {
            engelska.put(app, texter(APPAR + app + "/locales/en.json"));
            svenska.put(app, texter(APPAR + app + "/locales/sv.json"));
        }
        List<String> olika = new ArrayList<>();
        svenska.get("tasklist").forEach((nyckel, svensk) -> {
            for (String app : appar) {
                String engelsk = engelska.get(app).get(nyckel);
                if (engelsk != null && engelsk.equals(engelska.get("tasklist").get(nyckel))
                        && !svensk.equals(svenska.get(app).get(nyckel))) {
                    olika.add(app + " " + nyckel + ": " + svenska.get(app).get(nyckel) + " ≠ " + svensk);
                }
            }
        });
        assertThat(olika).as("the same words in every webapp").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void konfigurationenErbjuderSvenskaOchSvenskaDatum(String app) throws IOException {
        String config = resurs(APPAR + app + "/scripts/config.js");
        assertThat(config).contains("availableLocales: ['sv']", "fallbackLocale: 'sv'", "YYYY-MM-DD");
    }

    @Test
    void varjeMonsterIFormularenHarEttSvensktFelmeddelande() throws IOException {
        String skript = resurs(APPAR + "tasklist/scripts/svenska-formular.js");
        Set<String> monster = new TreeSet<>();
        try (Stream<Path> filer = Files.list(Path.of("../forms"))) {
            for (Path fil : filer.filter(f -> f.toString().endsWith(".form")).toList()) {
                json.readTree(fil.toFile()).findValues("pattern").forEach(p -> monster.add(p.asText()));
            }
        }
        assertThat(monster).isNotEmpty();
        assertThat(monster).allSatisfy(p -> assertThat(skript).as("svenska-formular.js förklarar " + p)
                .contains("'" + p.replace("\\", "\\\\") + "'"));
    }

    private Map<String, String> texter(String sokvag) throws IOException {
        Map<String, String> texter = new TreeMap<>();
        samla(json.readTree(resurs(sokvag).replace("\uFEFF", "")), "", texter);
        return texter;
    }

    private static void samla(JsonNode nod, String prefix, Map<String, String> texter) {
        if (nod.isObject()) {
            nod.fields().forEachRemaining(f -> samla(f.getValue(), prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), texter));
        } else if (nod.isArray()) {
            for (int i = 0; i < nod.size(); i++) {
                samla(nod.get(i), prefix + "[" + i + "]", texter);
            }
        } else {
            texter.put(prefix, nod.asText());
        }
    }

    private static List<String> platshallare(String text) {
        List<String> funna = new ArrayList<>();
        Matcher m = PLATSHALLARE.matcher(text);
        while (m.find()) {
            funna.add(m.group());
        }
        funna.sort(null);
        return funna;
    }

    private static String resurs(String sokvag) throws IOException {
        try (InputStream in = SvenskaWebbapparTest.class.getClassLoader().getResourceAsStream(sokvag)) {
            assertThat(in).as(sokvag).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
