package se.hemvag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.hemvag.sektion.Sektion;

/**
 * The element templates a process owner picks in Camunda Modeler
 * (processes/.camunda/element-templates/hemvag.json) match the app: one per Hemväg step, naming a
 * bean that is there; every form and every decision table the models use; only the routings the
 * deployment check lets through. A new step, form or decision without its template fails here.
 */
@HemvagSpringTest
class ElementmallarTest {

    private static final Path MALLAR = Path.of("../processes/.camunda/element-templates/hemvag.json");
    private static final Pattern DELEGAT = Pattern.compile("camunda:delegateExpression=\"(\\$\\{\\w+})\"");
    private static final Pattern BESLUT = Pattern.compile("camunda:decisionRef=\"(\\w+)\"");

    @Autowired ApplicationContext spring;

    @Test
    void enMallPerStegSomFinnsIAppen() throws IOException {
        List<JsonNode> mallar = mallar();
        Set<String> mallarnasSteg = varden(mallar, "camunda:delegateExpression");
        Set<String> appensSteg = new TreeSet<>();
        for (String bona : spring.getBeanNamesForType(JavaDelegate.class)) {
            if (spring.getType(bona).getPackageName().startsWith("se.hemvag")) {
                appensSteg.add("${" + bona + "}");
            }
        }
        assertThat(mallarnasSteg).as("mallarnas steg är appens steg").isEqualTo(appensSteg);
        assertThat(traffar(DELEGAT)).as("varje steg i modellerna har en mall").isSubsetOf(mallarnasSteg);
        assertThat(mallar.stream().map(mall -> mall.path("id").asText()).distinct().count()).isEqualTo(mallar.size());
        assertThat(mallar).allSatisfy(mall -> assertThat(mall.path("name").asText()).isNotBlank());
    }

    @Test
    void formularvaletHarVarjeFormularOchBeslutenVarjeTabellSomModellernaAnvander() throws IOException {
        Set<String> formular = new TreeSet<>();
        try (Stream<Path> filer = Files.list(Path.of("../forms"))) {
            filer.map(fil -> fil.getFileName().toString()).filter(namn -> namn.endsWith(".form"))
                    .forEach(namn -> formular.add(namn.substring(0, namn.length() - ".form".length())));
        }
        for (JsonNode mall : mallar()) {
            for (JsonNode egenskap : mall.path("properties")) {
                if (egenskap.path("binding").path("name").asText().equals("camunda:formRef")) {
                    Set<String> val = new TreeSet<>();
                    egenskap.path("choices").forEach(valet -> val.add(valet.path("value").asText()));
                    assertThat(val).as(mall.path("name").asText()).isEqualTo(formular);
                }
            }
        }
        assertThat(varden(mallar(), "camunda:decisionRef")).as("varje beslutstabell som en modell anropar")
                .isEqualTo(traffar(BESLUT));
    }

    @Test
    void uppgifternaGarBaraTillSektionerna() throws IOException {
        Set<String> tillatna = new HashSet<>(Set.of("${ansvarigSektion}", "${medhandlaggandeSektion}"));
        Arrays.stream(Sektion.values()).map(Sektion::gruppId).forEach(tillatna::add);
        Set<String> grupper = varden(mallar(), "camunda:candidateGroups");
        assertThat(grupper).isNotEmpty();
        assertThat(tillatna).containsAll(grupper);
    }

    private static List<JsonNode> mallar() throws IOException {
        List<JsonNode> mallar = new ArrayList<>();
        new ObjectMapper().readTree(MALLAR.toFile()).forEach(mallar::add);
        return mallar;
    }

    private static Set<String> varden(List<JsonNode> mallar, String egenskap) {
        Set<String> varden = new TreeSet<>();
        for (JsonNode mall : mallar) {
            for (JsonNode del : mall.path("properties")) {
                if (del.path("binding").path("name").asText().equals(egenskap)) {
                    varden.add(del.path("value").asText());
                }
            }
        }
        return varden;
    }

    private static Set<String> traffar(Pattern monster) throws IOException {
        Set<String> traffar = new TreeSet<>();
        try (Stream<Path> filer = Files.walk(Path.of("../processes"))) {
            for (Path fil : filer.filter(fil -> fil.toString().endsWith(".bpmn")).toList()) {
                Matcher traff = monster.matcher(Files.readString(fil));
                while (traff.find()) {
                    traffar.add(traff.group(1));
                }
            }
        }
        return traffar;
    }
}
