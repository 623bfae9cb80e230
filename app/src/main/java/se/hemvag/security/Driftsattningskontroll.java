package se.hemvag.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * A deployment is code that the engine runs with the application's rights, so each one is read as
 * it arrives, from Camunda Modeler, the REST API or the app's own start: only BPMN, DMN and Camunda
 * Forms in the vocabularies Modeler writes; no document type declarations (XXE); no scripts, Java
 * classes (any {@code class} or {@code …Class} attribute), connector or shell task types or embedded
 * HTML forms; and
 * expressions that reach only process variables, the case number and the beans Hemväg offers the
 * models (its delegates and a few services). A refusal names the file and the element, in Swedish.
 */
class Driftsattningskontroll {

    static final int STORSTA_RESURS = 1024 * 1024;

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    /**
     * The vocabularies Camunda Modeler writes. Any other namespace is refused: Camunda also reads
     * the old activiti: namespace as its own, and an unknown one is nothing a process owner needs.
     */
    private static final Set<String> NAMNRYMDER = Set.of("", CAMUNDA, "http://camunda.org/schema/1.0/dmn",
            "http://www.omg.org/spec/BPMN/20100524/MODEL", "http://www.omg.org/spec/BPMN/20100524/DI",
            "http://www.omg.org/spec/DD/20100524/DC", "http://www.omg.org/spec/DD/20100524/DI",
            "https://www.omg.org/spec/DMN/20191111/MODEL/", "https://www.omg.org/spec/DMN/20191111/DMNDI/",
            "http://www.omg.org/spec/DMN/20180521/DC/", "http://www.omg.org/spec/DMN/20180521/DI/",
            "http://camunda.org/schema/modeler/1.0", "http://www.w3.org/2001/XMLSchema-instance",
            "http://bpmn.io/schema/dmn/biodi/2.0", "http://bpmn.io/schema/bpmn/biocolor/1.0",
            "http://www.omg.org/spec/BPMN/non-normative/color/1.0", "http://www.w3.org/XML/1998/namespace");
    private static final Set<String> TILLATNA_FILER = Set.of(".bpmn", ".dmn", ".form");
    private static final Pattern STRANG = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    /** An identifier as JUEL reads one (Unicode letters included), and the properties and methods after it. */
    private static final Pattern KEDJA = Pattern.compile(
            "(?<![.\\p{L}\\p{N}_$])([\\p{L}_$][\\p{L}\\p{N}_$]*)((?:\\s*\\.\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*)*)");
    private static final Pattern FUNKTION_MED_PREFIX = Pattern.compile("[A-Za-z_]\\w*\\s*:\\s*[A-Za-z_]\\w*\\s*\\(");
    private static final Set<String> NYCKELORD = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "true",
            "false", "null", "empty", "div", "mod", "instanceof");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Predicate<String> arBona;
    private final Predicate<String> tillatenBona;
    private final Set<String> kandidatgrupper;
    private final Map<String, String> processensEgnaGrupper;

    /**
     * @param arBona          whether a name is a bean of the application
     * @param tillatenBona    whether the models may call that bean
     * @param kandidatgrupper what a user task may be routed to: the sections, or the variables the
     *                        process sets to one (the responsible section); a model can route a
     *                        task to no one else, or it would hand a process owner the task
     * @param processensEgnaGrupper groups a user task may go to in one process only, by group: the
     *                        process id (the utredningssekreterare review in StickprovProcess and
     *                        nowhere else, or a model could hand them a case's tasks)
     */
    Driftsattningskontroll(Predicate<String> arBona, Predicate<String> tillatenBona, Set<String> kandidatgrupper,
                           Map<String, String> processensEgnaGrupper) {
        this.arBona = arBona;
        this.tillatenBona = tillatenBona;
        this.kandidatgrupper = kandidatgrupper;
        this.processensEgnaGrupper = processensEgnaGrupper;
    }

    Driftsattningskontroll(Predicate<String> arBona, Predicate<String> tillatenBona, Set<String> kandidatgrupper) {
        this(arBona, tillatenBona, kandidatgrupper, Map.of());
    }

    void kontrollera(Map<String, ResourceEntity> resurser) {
        if (resurser == null) {
            return;
        }
        for (ResourceEntity resurs : resurser.values()) {
            kontrollera(resurs.getName(), resurs.getBytes());
        }
    }

    void kontrollera(String namn, byte[] innehall) {
        String filnamn = namn == null ? "" : namn.toLowerCase(Locale.ROOT);
        if (TILLATNA_FILER.stream().noneMatch(filnamn::endsWith)) {
            neka(namn, "bara BPMN (.bpmn), DMN (.dmn) och Camunda Forms (.form) kan driftsättas");
        }
        if (innehall == null || innehall.length > STORSTA_RESURS) {
            neka(namn, "filen är större än " + STORSTA_RESURS / 1024 + " kB");
        }
        if (filnamn.endsWith(".form")) {
            try {
                JSON.readTree(innehall);
            } catch (IOException e) {
                neka(namn, "formuläret är inte giltig JSON");
            }
            return;
        }
        granskaXml(namn, innehall, filnamn.endsWith(".dmn"));
    }

    private void granskaXml(String namn, byte[] innehall, boolean dmn) {
        XMLInputFactory fabrik = XMLInputFactory.newFactory();
        fabrik.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        fabrik.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        fabrik.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            XMLStreamReader xml = fabrik.createXMLStreamReader(new ByteArrayInputStream(innehall));
            // Camunda's parser joins an element's text across comments and child elements, so it is checked joined
            Deque<String> element = new ArrayDeque<>();
            Deque<StringBuilder> text = new ArrayDeque<>();
            String[] process = {null};
            while (xml.hasNext()) {
                int handelse = xml.next();
                if (handelse == XMLStreamConstants.DTD || handelse == XMLStreamConstants.ENTITY_REFERENCE) {
                    neka(namn, "filen deklarerar en dokumenttyp eller entitet (<!DOCTYPE>), vilket inte tillåts");
                } else if (handelse == XMLStreamConstants.START_ELEMENT) {
                    element.push(beskriv(xml));
                    text.push(new StringBuilder());
                    if (xml.getLocalName().equals("process")) {
                        process[0] = xml.getAttributeValue(null, "id");
                    }
                    granskaElement(namn, element.peek(), xml, dmn, process[0]);
                } else if (handelse == XMLStreamConstants.END_ELEMENT) {
                    granskaText(namn, element.pop(), text.pop().toString(), dmn);
                } else if ((handelse == XMLStreamConstants.CHARACTERS || handelse == XMLStreamConstants.CDATA
                        || handelse == XMLStreamConstants.SPACE) && !text.isEmpty()) {
                    text.peek().append(xml.getText());
                }
            }
        } catch (XMLStreamException e) {
            neka(namn, "filen är inte giltig XML");
        }
    }

    private void granskaElement(String namn, String element, XMLStreamReader xml, boolean dmn, String process) {
        String lokalt = xml.getLocalName();
        if (!NAMNRYMDER.contains(Objects.toString(xml.getNamespaceURI(), ""))) {
            neka(namn, element + " hör till namnrymden " + xml.getNamespaceURI() + ", som Camunda Modeler inte skriver");
        }
        if (lokalt.equals("scriptTask") || (CAMUNDA.equals(xml.getNamespaceURI()) && lokalt.equals("script"))) {
            neka(namn, element + " är ett skript; processerna kör inga skript, bara Hemvägs delegater");
        }
        if (lokalt.equals("potentialOwner") || lokalt.equals("humanPerformer")) {
            neka(namn, element + " lämnar uppgiften till en namngiven person eller grupp; en uppgift går till en sektion"
                    + " (camunda:candidateGroups)");
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String attribut = xml.getAttributeLocalName(i);
            String varde = xml.getAttributeValue(i);
            String namnrymd = Objects.toString(xml.getAttributeNamespace(i), "");
            boolean camunda = CAMUNDA.equals(namnrymd);
            if (!NAMNRYMDER.contains(namnrymd)) {
                neka(namn, element + " har attributet " + attribut + " i namnrymden " + namnrymd + ", som Camunda Modeler inte skriver");
            }
            if (attribut.equals("class") || attribut.endsWith("Class") || (camunda && attribut.equals("type"))
                    || (camunda && Set.of("resource", "scriptFormat").contains(attribut))) {
                neka(namn, element + " pekar ut Java-klassen eller skriptet \"" + varde + "\"; använd en av Hemvägs delegater"
                        + " (camunda:delegateExpression) i stället");
            }
            if (camunda && (attribut.equals("candidateUsers") || attribut.equals("assignee"))) {
                neka(namn, element + " lämnar uppgiften till " + varde + "; en uppgift går till en sektion, som själv fördelar den");
            }
            if (camunda && attribut.equals("candidateGroups")) {
                for (String grupp : varde.split(",")) {
                    String egenProcess = processensEgnaGrupper.get(grupp.strip());
                    if (egenProcess != null) {
                        if (!egenProcess.equals(process)) {
                            neka(namn, element + " går till " + grupp.strip() + ", som bara får uppgifter i " + egenProcess);
                        }
                    } else if (!kandidatgrupper.contains(grupp.strip())) {
                        neka(namn, element + " går till " + grupp.strip() + ", som inte är en sektion (" + String.join(", ",
                                new java.util.TreeSet<>(kandidatgrupper)) + ")");
                    }
                }
            }
            if (camunda && attribut.equals("formKey") && !varde.startsWith("camunda-forms:")) {
                neka(namn, element + " har ett inbäddat formulär (" + varde + "); använd en Camunda Form (camunda:formRef)");
            }
            if (attribut.equals("language") || (attribut.equals("expressionLanguage") && !(dmn && arFeel(varde)))) {
                neka(namn, element + " anger uttrycksspråket \"" + varde + "\"; bara standardspråket är tillåtet");
            }
            granskaText(namn, element, varde, dmn);
        }
    }

    private void granskaText(String namn, String element, String text, boolean dmn) {
        if (dmn && Pattern.compile("\\bexternal\\s*\\{").matcher(text).find()) {
            neka(namn, element + " definierar en extern funktion, som kan anropa vilken Java-kod som helst");
        }
        int start = 0;
        while (true) {
            int borjan = Math.max(text.indexOf("${", start), -1);
            int hash = text.indexOf("#{", start);
            if (borjan < 0 || (hash >= 0 && hash < borjan)) {
                borjan = hash;
            }
            if (borjan < 0) {
                return;
            }
            int slut = slutetAv(text, borjan + 2);
            if (slut < 0) {
                neka(namn, element + " har ett uttryck som inte avslutas med }");
            }
            granskaUttryck(namn, element, text.substring(borjan + 2, slut));
            start = slut + 1;
        }
    }

    /** The closing brace of an expression, past any braces inside its string literals. */
    private static int slutetAv(String text, int fran) {
        char citat = 0;
        for (int i = fran; i < text.length(); i++) {
            char tecken = text.charAt(i);
            if (citat != 0) {
                if (tecken == '\\') {
                    i++;
                } else if (tecken == citat) {
                    citat = 0;
                }
            } else if (tecken == '\'' || tecken == '"') {
                citat = tecken;
            } else if (tecken == '}') {
                return i;
            }
        }
        return -1;
    }

    void granskaUttryck(String namn, String element, String uttryck) {
        // JUEL skips any Unicode white space between tokens, so all of it counts as a space here
        StringBuilder normal = new StringBuilder();
        uttryck.codePoints().forEach(tecken -> normal.appendCodePoint(
                Character.isWhitespace(tecken) || Character.isSpaceChar(tecken) ? ' ' : tecken));
        // white space around a dot binds nothing in EL: "a . b" is "a.b"
        String utanStrangar = STRANG.matcher(normal).replaceAll(" 0 ").replaceAll("\\s*\\.\\s*", ".");
        if (utanStrangar.contains("[") || FUNKTION_MED_PREFIX.matcher(utanStrangar).find()) {
            neka(namn, element + " har uttrycket ${" + uttryck + "}, som når mer än processvariabler och Hemvägs delegater");
        }
        Matcher kedja = KEDJA.matcher(utanStrangar);
        StringBuilder rest = new StringBuilder();
        while (kedja.find()) {
            String rot = kedja.group(1);
            String led = kedja.group(2).replaceAll("\\s", "");
            boolean tillaten = NYCKELORD.contains(rot) && led.isEmpty()
                    || rot.equals("execution") && (led.isEmpty() || led.equals(".processBusinessKey"))
                    || tillatenBona.test(rot) && led.split("\\.").length <= 2 && !led.matches("\\.(class|getClass)")
                    || !arBona.test(rot) && led.isEmpty() && !Set.of("task", "execution").contains(rot);
            if (!tillaten) {
                neka(namn, element + " har uttrycket ${" + uttryck + "}: \"" + rot + led + "\" är ingen processvariabel och"
                        + " ingen av Hemvägs delegater");
            }
            kedja.appendReplacement(rest, " ");
        }
        kedja.appendTail(rest);
        if (Pattern.compile("\\.\\s*[\\p{L}_$]").matcher(rest).find()) {
            neka(namn, element + " har uttrycket ${" + uttryck + "}, som anropar metoder på ett värde");
        }
    }

    private static boolean arFeel(String sprak) {
        return sprak.toLowerCase(Locale.ROOT).contains("feel");
    }

    private static String beskriv(XMLStreamReader xml) {
        String id = xml.getAttributeValue(null, "id");
        String namn = xml.getAttributeValue(null, "name");
        return "<" + xml.getLocalName() + (id != null ? " id=\"" + id + "\"" : "") + (namn != null ? " (" + namn + ")" : "") + ">";
    }

    private static void neka(String fil, String varfor) {
        throw new BadUserRequestException("Driftsättningen togs inte emot: " + fil + ": " + varfor + ".");
    }
}
