package se.hemvag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * After a test run, adds up the per-class reports of camunda-process-test-coverage into one
 * figure per process (flow nodes and sequence flows passed by any test, of all in the model) and
 * writes them to app/target/process-test-coverage/summary.txt; .ci/run holds them to 90 %.
 */
public class Processtackning implements TestExecutionListener {

    static final Path RAPPORTER = Path.of("target/process-test-coverage");

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (!Files.isDirectory(RAPPORTER)) {
            return;
        }
        Map<String, Integer> element = new TreeMap<>();
        Map<String, Set<String>> passerade = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> filer = Files.walk(RAPPORTER)) {
            for (Path fil : filer.filter(f -> f.getFileName().toString().equals("report.json")).toList()) {
                JsonNode rapport = json.readTree(fil.toFile());
                rapport.path("models").forEach(m -> element.put(m.get("key").asText(), m.get("totalElementCount").asInt()));
                rapport.path("suites").forEach(s -> s.path("runs").forEach(r -> r.path("events").forEach(e ->
                        passerade.computeIfAbsent(e.get("modelKey").asText(), k -> new HashSet<>())
                                .add(e.get("definitionKey").asText()))));
            }
            StringBuilder sammanfattning = new StringBuilder();
            element.forEach((process, antal) -> sammanfattning.append(String.format(Locale.ROOT, "%s %.1f%n",
                    process, 100.0 * passerade.getOrDefault(process, Set.of()).size() / antal)));
            Files.writeString(RAPPORTER.resolve("summary.txt"), sammanfattning);
            System.out.print("Processtäckning (flödesnoder och sekvensflöden, %):\n" + sammanfattning);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
