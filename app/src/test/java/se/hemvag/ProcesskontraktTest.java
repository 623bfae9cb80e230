package se.hemvag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.hemvag.ansokan.TogProcessen;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.arende.ArendeatgarderProcessen;
import se.hemvag.arende.InsatsandringProcessen;
import se.hemvag.avslut.AvslutProcessen;
import se.hemvag.avslut.KontaktforsokProcessen;
import se.hemvag.delat.Formularnyckel;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen;
import se.hemvag.sip.SipProcessen;
import se.hemvag.stickprov.StickprovProcessen;
import se.hemvag.tillhorighet.TillhorighetProcessen;

/**
 * The contract between the process models, the forms and the code: each process's contract class
 * names its ids, the fields of its forms (Falt), the variables the app sets and the choices its
 * gateways read (GRINDVAL: variable → enum). A process owner's edit in the Modeler that renames an
 * id the code uses, a gateway comparing with a value no enum has, a form field the contract does not
 * name, or a form offering a choice the code does not know, fails here, before it reaches a case.
 */
class ProcesskontraktTest {

    private static final List<Class<?>> KONTRAKT = List.of(ArendeProcessen.class, AvslutProcessen.class,
            KontaktforsokProcessen.class, TillhorighetProcessen.class, SipProcessen.class, ForsokslagenhetProcessen.class,
            TogProcessen.class, InsatsandringProcessen.class, ArendeatgarderProcessen.class, StickprovProcessen.class);
    private static final Pattern JAMFORELSE = Pattern.compile("(\\w+)\\s*[!=]=\\s*'([^']*)'");
    private static final Pattern MODELL_ID = Pattern.compile("^(Task|Timer|Event|StartEvent|EndEvent|Gateway|CallActivity|"
            + "SubProcess|Message|Decision)_\\w+$");

    private static final Map<String, Class<? extends Enum<?>>> GRINDVAL = new HashMap<>();
    private static String modellerna;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void lasKontraktOchModeller() throws Exception {
        for (Class<?> kontrakt : KONTRAKT) {
            if (Arrays.stream(kontrakt.getFields()).noneMatch(f -> f.getName().equals("GRINDVAL"))) {
                continue;
            }
            GRINDVAL.putAll((Map<String, Class<? extends Enum<?>>>) kontrakt.getField("GRINDVAL").get(null));
        }
        try (Stream<Path> filer = Files.walk(Path.of("../processes"))) {
            StringBuilder alla = new StringBuilder();
            for (Path fil : filer.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn")).toList()) {
                alla.append(Files.readString(fil));
            }
            modellerna = alla.toString();
        }
    }

    @Test
    void varjeGrindJamforMedEttVardeSomKontraktetsEnumHar() {
        List<String> fel = new ArrayList<>();
        Matcher villkor = Pattern.compile("<bpmn:conditionExpression[^>]*>([^<]*)</bpmn:conditionExpression>").matcher(modellerna);
        int jamforelser = 0;
        while (villkor.find()) {
            Matcher m = JAMFORELSE.matcher(villkor.group(1));
            while (m.find()) {
                jamforelser++;
                Class<? extends Enum<?>> typ = GRINDVAL.get(m.group(1));
                if (typ == null) {
                    fel.add(villkor.group(1) + ": " + m.group(1) + " finns inte i något processkontrakt (GRINDVAL)");
                } else if (!konstanter(typ).contains(m.group(2))) {
                    fel.add(villkor.group(1) + ": " + typ.getSimpleName() + " har inget " + m.group(2));
                }
            }
        }
        assertThat(jamforelser).isGreaterThan(20);
        assertThat(fel).isEmpty();
    }

    @Test
    void formularensValErKontraktetsEnum() throws IOException {
        List<String> fel = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        int val = 0;
        try (Stream<Path> filer = Files.list(Path.of("../forms"))) {
            for (Path fil : filer.filter(f -> f.toString().endsWith(".form")).toList()) {
                for (JsonNode falt : json.readTree(fil.toFile()).path("components")) {
                    Class<? extends Enum<?>> typ = GRINDVAL.get(falt.path("key").asText());
                    if (typ == null || !falt.has("values")) {
                        continue;
                    }
                    val++;
                    Set<String> erbjudna = new TreeSet<>();
                    falt.get("values").forEach(v -> erbjudna.add(v.path("value").asText()));
                    Set<String> okanda = new TreeSet<>(erbjudna);
                    okanda.removeAll(konstanter(typ));
                    if (!okanda.isEmpty()) {
                        fel.add(fil.getFileName() + " " + falt.get("key").asText() + ": " + okanda + " finns inte i "
                                + typ.getSimpleName());
                    }
                }
            }
        }
        assertThat(val).isGreaterThan(10);
        assertThat(fel).isEmpty();
    }

    @Test
    void varjeIdSomKodenAnvanderFinnsIModellerna() throws IllegalAccessException {
        List<String> saknas = new ArrayList<>();
        for (Class<?> kontrakt : KONTRAKT) {
            for (Field falt : kontrakt.getFields()) {
                if (Modifier.isStatic(falt.getModifiers()) && falt.getType() == String.class) {
                    String id = (String) falt.get(null);
                    boolean iModellen = modellerna.contains("id=\"" + id + "\"") || modellerna.contains("name=\"" + id + "\"");
                    if (MODELL_ID.matcher(id).matches() && !iModellen) {
                        saknas.add(kontrakt.getSimpleName() + "." + falt.getName() + " = " + id);
                    }
                    if (falt.getName().equals("PROCESS_ID") && !modellerna.contains("<bpmn:process id=\"" + id + "\"")) {
                        saknas.add(kontrakt.getSimpleName() + ".PROCESS_ID = " + id);
                    }
                }
            }
        }
        assertThat(saknas).isEmpty();
    }

    @Test
    void varjeFormularfaltFinnsIProcessensKontraktOchTvartom() throws Exception {
        Map<String, List<String>> formularPerProcess = new HashMap<>();
        Matcher process = Pattern.compile("<bpmn:process id=\"(\\w+)\"(.*?)</bpmn:process>", Pattern.DOTALL).matcher(modellerna);
        while (process.find()) {
            List<String> formular = new ArrayList<>();
            Matcher ref = Pattern.compile("camunda:formRef=\"([^\"]+)\"").matcher(process.group(2));
            while (ref.find()) {
                formular.add(ref.group(1));
            }
            formularPerProcess.put(process.group(1), formular);
        }
        Map<String, Set<String>> falten = formularensFalt();
        Set<String> fallesVariabler = strangkonstanter(ArendeProcessen.class);
        List<String> fel = new ArrayList<>();
        Set<String> tackta = new TreeSet<>();
        for (Class<?> kontrakt : KONTRAKT) {
            Set<String> processer = new TreeSet<>();
            for (Field falt : kontrakt.getFields()) {
                if (falt.getName().endsWith("PROCESS_ID")) {
                    processer.add((String) falt.get(null));
                }
            }
            Set<String> deklarerade = new TreeSet<>();
            for (Class<?> inre : kontrakt.getClasses()) {
                if (inre.getSimpleName().equals("Falt") && Formularnyckel.class.isAssignableFrom(inre)) {
                    Arrays.stream(inre.getEnumConstants()).forEach(f -> deklarerade.add(((Formularnyckel) f).nyckel()));
                }
            }
            Set<String> variabler = new TreeSet<>(strangkonstanter(kontrakt));
            variabler.addAll(fallesVariabler);
            Set<String> iFormularen = new TreeSet<>();
            for (String processId : processer) {
                tackta.add(processId);
                for (String formular : formularPerProcess.getOrDefault(processId, List.of())) {
                    for (String nyckel : falten.get(formular)) {
                        iFormularen.add(nyckel);
                        if (!deklarerade.contains(nyckel) && !variabler.contains(nyckel)) {
                            fel.add(formular + ".form: fältet " + nyckel + " saknas i " + kontrakt.getSimpleName() + ".Falt");
                        }
                    }
                }
            }
            deklarerade.removeAll(iFormularen);
            deklarerade.forEach(nyckel -> fel.add(kontrakt.getSimpleName() + ".Falt: " + nyckel + " finns inte i något av "
                    + processer + "s formulär"));
        }
        assertThat(tackta).as("varje process i processes/ har ett kontrakt").containsAll(formularPerProcess.keySet());
        assertThat(fel).isEmpty();
    }

    private static Map<String, Set<String>> formularensFalt() throws IOException {
        Map<String, Set<String>> falt = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> filer = Files.list(Path.of("../forms"))) {
            for (Path fil : filer.filter(f -> f.toString().endsWith(".form")).toList()) {
                JsonNode formular = json.readTree(fil.toFile());
                Set<String> nycklar = new TreeSet<>();
                formular.findValues("key").forEach(nyckel -> nycklar.add(nyckel.asText()));
                falt.put(formular.path("id").asText(), nycklar);
            }
        }
        return falt;
    }

    private static Set<String> strangkonstanter(Class<?> kontrakt) throws IllegalAccessException {
        Set<String> varden = new TreeSet<>();
        for (Field falt : kontrakt.getFields()) {
            if (Modifier.isStatic(falt.getModifiers()) && falt.getType() == String.class) {
                varden.add((String) falt.get(null));
            }
        }
        return varden;
    }

    private static Set<String> konstanter(Class<? extends Enum<?>> typ) {
        return Arrays.stream(typ.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
    }
}
