package se.hemvag.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.hemvag.delat.Fritextkolumner;

/**
 * Every free-text column a migration creates is culled: a module that adds a note column without
 * declaring it in its own Fritextkolumner fails here, before personal data outlives the retention rule.
 * Free text is a VARCHAR of 1000 characters or more (notes, reasons, plans); shorter columns hold
 * names of places, providers and the like.
 */
class FritextGallrasTest {

    private static final int FRITEXT = 1000;
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
        Set<String> gallras = new TreeSet<>();
        for (Fritextkolumner modul : modulernasFritext()) {
            modul.fritext().forEach(f -> gallras.add(f.tabell() + "." + f.kolumn()));
        }

        assertThat(fritext).hasSizeGreaterThan(25);
        assertThat(gallras).as("fritextkolumner som gallringen inte känner till").containsAll(fritext);
    }

    /** Each module's declaration, as Spring would find it: every implementation in the app's classes. */
    private static List<Fritextkolumner> modulernasFritext() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.hemvag").stream()
                .filter(k -> k.isAssignableTo(Fritextkolumner.class) && !k.isInterface())
                .map(k -> {
                    try {
                        Constructor<?> skapa = k.reflect().getDeclaredConstructor();
                        skapa.setAccessible(true);
                        return (Fritextkolumner) skapa.newInstance();
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(k.getName() + " ska gå att skapa utan argument", e);
                    }
                }).toList();
    }
}
