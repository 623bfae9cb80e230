package se.hemvag.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every free-text column a migration creates is culled: a module that adds a note column without
 * declaring it in Gallring's list fails here, before personal data outlives the retention rule.
 * Free text is a VARCHAR of 1000 characters or more (notes, reasons, plans); shorter columns hold
 * names of places, providers and the like.
 */
class FritextGallrasTest {

    private static final int FRITEXT = 1000;
    /** Culled by a statement of their own in Gallring.gallra: the client's evening assessments. */
    private static final Set<String> GALLRAS_FOR_SIG = Set.of("tog_bedomning.motivering");
    private static final Pattern TABELL = Pattern.compile("CREATE TABLE (\\w+)\\s*\\((.*?)\\n\\);", Pattern.DOTALL);
    private static final Pattern KOLUMN = Pattern.compile("^\\s*(\\w+)\\s+VARCHAR\\((\\d+)\\)", Pattern.MULTILINE);
    private static final Pattern NY_KOLUMN = Pattern.compile("ALTER TABLE (\\w+) ADD COLUMN (\\w+) VARCHAR\\((\\d+)\\)");

    @Test
    void varjeFritextkolumnGallras() throws IOException {
        Set<String> fritext = new TreeSet<>();
        try (Stream<Path> filer = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path fil : filer.filter(f -> f.getFileName().toString().endsWith(".sql")).toList()) {
                String sql = Files.readString(fil);
                Matcher tabell = TABELL.matcher(sql);
                while (tabell.find()) {
                    Matcher kolumn = KOLUMN.matcher(tabell.group(2));
                    while (kolumn.find()) {
                        if (Integer.parseInt(kolumn.group(2)) >= FRITEXT) {
                            fritext.add(tabell.group(1) + "." + kolumn.group(1));
                        }
                    }
                }
                Matcher ny = NY_KOLUMN.matcher(sql);
                while (ny.find()) {
                    if (Integer.parseInt(ny.group(3)) >= FRITEXT) {
                        fritext.add(ny.group(1) + "." + ny.group(2));
                    }
                }
            }
        }
        Set<String> gallras = Gallring.FRITEXTER.stream().map(f -> f.tabell() + "." + f.kolumn())
                .collect(Collectors.toCollection(TreeSet::new));
        gallras.addAll(GALLRAS_FOR_SIG);

        assertThat(fritext).hasSizeGreaterThan(25);
        assertThat(gallras).as("fritextkolumner som gallringen inte känner till").containsAll(fritext);
    }
}
