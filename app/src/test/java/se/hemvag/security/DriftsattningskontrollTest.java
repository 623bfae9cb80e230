package se.hemvag.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a deployment may contain: the project's own models pass, code execution in any form does not. */
class DriftsattningskontrollTest {

    private static final Set<String> BONOR = Set.of("registreraBeslutDelegate", "sipar", "identityService", "jdbcTemplate");
    private static final Set<String> KANDIDATGRUPPER = Set.of("${ansvarigSektion}", "${medhandlaggandeSektion}", "vuxen",
            "mottagningen", "administrationen", "forsorjning", "vard-och-omsorg");
    private static final Map<String, String> EGNA_GRUPPER = Map.of("utredningssekreterare", Motorvakt.STICKPROVETS_PROCESS);
    private final Driftsattningskontroll kontroll = new Driftsattningskontroll(BONOR::contains,
            Set.of("registreraBeslutDelegate", "sipar")::contains, KANDIDATGRUPPER, EGNA_GRUPPER);

    private static String bpmn(String innehall) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"D\" targetNamespace=\"t\">"
                + "<bpmn:process id=\"P\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\">" + innehall
                + "</bpmn:process></bpmn:definitions>";
    }

    @Test
    void utredningssekreterarnaFarUppgifterIStickprovenOchIngenAnnanstans() {
        String granskning = "<bpmn:userTask id='U' camunda:candidateGroups='utredningssekreterare'/>";
        assertThatCode(() -> granska("stickprov.bpmn", bpmn(granskning).replace("<bpmn:process id=\"P\"",
                "<bpmn:process id=\"StickprovProcess\""))).doesNotThrowAnyException();
        assertThatThrownBy(() -> granska("arende.bpmn", bpmn(granskning).replace("<bpmn:process id=\"P\"",
                "<bpmn:process id=\"ArendeProcess\""))).hasMessageContaining("bara får uppgifter i StickprovProcess");
    }

    private void granska(String fil, String innehall) {
        kontroll.kontrollera(fil, innehall.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void projektetsEgnaModellerOchFormularGarIgenom() throws IOException {
        Path rot = Path.of("..");
        try (Stream<Path> filer = Stream.concat(Files.walk(rot.resolve("processes")), Files.walk(rot.resolve("forms")))) {
            for (Path fil : filer.filter(f -> f.toString().matches(".*\\.(bpmn|dmn|form)$")).toList()) {
                Driftsattningskontroll allaDelegater = new Driftsattningskontroll(namn -> namn.endsWith("Delegate")
                        || namn.endsWith("Listener") || Motorvakt.MODELLERNAS_TJANSTER.contains(namn),
                        namn -> namn.endsWith("Delegate") || namn.endsWith("Listener") || Motorvakt.MODELLERNAS_TJANSTER.contains(namn),
                        KANDIDATGRUPPER, EGNA_GRUPPER);
                assertThatCode(() -> allaDelegater.kontrollera(fil.getFileName().toString(), Files.readAllBytes(fil)))
                        .as(fil.toString()).doesNotThrowAnyException();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en Spring-böna som inte är en delegat|<bpmn:serviceTask id='T' camunda:expression='${identityService.newUser(\"x\")}'/>|identityService",
        "jdbcTemplate som delegat|<bpmn:serviceTask id='T' camunda:delegateExpression='${jdbcTemplate}'/>|jdbcTemplate",
        "motorn via execution|<bpmn:serviceTask id='T' camunda:expression='${execution.getProcessEngineServices().getIdentityService()}'/>|execution",
        "reflektion på en sträng|<bpmn:serviceTask id='T' camunda:expression=\"${''.getClass().forName('java.lang.Runtime')}\"/>|metoder på ett värde",
        "reflektion på en variabel|<bpmn:serviceTask id='T' camunda:expression='${namn.getClass()}'/>|namn.getClass",
        "hakparentes|<bpmn:serviceTask id='T' camunda:expression=\"${namn['class']}\"/>|når mer än",
        "skriptuppgift|<bpmn:scriptTask id='T' scriptFormat='groovy'><bpmn:script>1</bpmn:script></bpmn:scriptTask>|skript",
        "skriptlyssnare|<bpmn:startEvent id='S'><bpmn:extensionElements><camunda:executionListener event='start'><camunda:script scriptFormat='js'>1</camunda:script></camunda:executionListener></bpmn:extensionElements></bpmn:startEvent>|skript",
        "Java-klass|<bpmn:serviceTask id='T' camunda:class='java.lang.Object'/>|Java-klassen",
        "inbäddat HTML-formulär|<bpmn:userTask id='T' camunda:formKey='embedded:app:forms/x.html'/>|inbäddat formulär",
        "villkor som skript|<bpmn:sequenceFlow id='F' sourceRef='a' targetRef='b'><bpmn:conditionExpression language='javascript'>true</bpmn:conditionExpression></bpmn:sequenceFlow>|uttrycksspråket",
        "timer som anropar en böna|<bpmn:intermediateCatchEvent id='E'><bpmn:timerEventDefinition><bpmn:timeDuration>${jdbcTemplate.queryForObject('select 1', null)}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>|jdbcTemplate",
        "skal-uppgift|<bpmn:serviceTask id='T' camunda:type='shell'><bpmn:extensionElements><camunda:field name='command' stringValue='/bin/sh'/></bpmn:extensionElements></bpmn:serviceTask>|pekar ut",
        "uttryck delat av en kommentar|<bpmn:startEvent id='S'><bpmn:timerEventDefinition><bpmn:timeCycle>$<!---->{''.getClass().forName('java.lang.Runtime')}</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>|metoder på ett värde",
        "uttryck delat av ett element|<bpmn:sequenceFlow id='F' sourceRef='a' targetRef='b'><bpmn:conditionExpression>${namn<bpmn:x/>.getClass()}</bpmn:conditionExpression></bpmn:sequenceFlow>|namn.getClass",
        "Unicode-mellanslag efter punkten|<bpmn:serviceTask id='T' camunda:expression=\"${'a'.\u2003getClass()}\"/>|metoder på ett värde",
        "klass utan namnrymd på en lyssnare|<bpmn:startEvent id='S'><bpmn:extensionElements><camunda:executionListener class='java.lang.Object' event='start'/></bpmn:extensionElements></bpmn:startEvent>|pekar ut",
        "activiti-namnrymden|<bpmn:serviceTask id='T' xmlns:activiti='http://activiti.org/bpmn' activiti:class='java.lang.Object'/>|namnrymden",
        "klass för variabelmappning|<bpmn:callActivity id='C' calledElement='X' camunda:variableMappingClass='java.lang.Object'/>|pekar ut",
        "getterkedja från en tillåten böna|<bpmn:serviceTask id='T' camunda:expression='${sipar.class.classLoader}'/>|sipar.class.classLoader",
        "uppgift till processägaren|<bpmn:userTask id='U' camunda:candidateGroups='${ansvarigSektion},processagare'/>|processagare",
        "uppgift till utredningssekreterarna utanför stickproven|<bpmn:userTask id='U' camunda:candidateGroups='utredningssekreterare'/>|bara får uppgifter i StickprovProcess",
        "uppgift till en namngiven användare|<bpmn:userTask id='U' camunda:candidateUsers='chef'/>|chef",
        "uppgift tilldelad i modellen|<bpmn:userTask id='U' camunda:assignee='processagare'/>|processagare",
        "potentialOwner|<bpmn:userTask id='U'><bpmn:potentialOwner><bpmn:resourceAssignmentExpression><bpmn:formalExpression>ledning</bpmn:formalExpression></bpmn:resourceAssignmentExpression></bpmn:potentialOwner></bpmn:userTask>|namngiven person",
        "Unicode-egenskap|<bpmn:serviceTask id='T' camunda:expression='${sipar.x().ä}'/>|metoder på ett värde",
    })
    void kodIModellenAvvisasMedEttBegripligtSvar(String fall, String element, String forvantat) {
        assertThatThrownBy(() -> granska("process.bpmn", bpmn(element)))
                .as(fall).isInstanceOf(BadUserRequestException.class)
                .hasMessageStartingWith("Driftsättningen togs inte emot: process.bpmn:")
                .hasMessageContaining(forvantat);
    }

    @Test
    void tillatnaUttryckGarIgenom() {
        assertThatCode(() -> granska("p.bpmn", bpmn("<bpmn:serviceTask id='T' camunda:delegateExpression='${registreraBeslutDelegate}'/>"
                + "<bpmn:userTask id='U' camunda:candidateGroups='${ansvarigSektion}' camunda:dueDate=\"${sipar.erbjudSenast()}\"/>"
                + "<bpmn:sequenceFlow id='F' sourceRef='T' targetRef='U'><bpmn:conditionExpression>${beslut == 'BEVILJAT' &amp;&amp; !fler}"
                + "</bpmn:conditionExpression></bpmn:sequenceFlow><bpmn:callActivity id='C' calledElement='X'><bpmn:extensionElements>"
                + "<camunda:in businessKey='#{execution.processBusinessKey}'/></bpmn:extensionElements></bpmn:callActivity>")))
                .doesNotThrowAnyException();
    }

    @Test
    void externaEntiteterOchDokumenttyperAvvisas() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&x;</bpmn:definitions>";
        assertThatThrownBy(() -> granska("xxe.bpmn", xxe)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void dmnMedExternFunktionEllerAnnatSprakAvvisas() {
        String dmn = "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"D\" name=\"D\" namespace=\"n\">"
                + "<decision id=\"B\"><decisionTable id=\"T\"><input id=\"I\"><inputExpression id=\"E\" typeRef=\"string\""
                + " expressionLanguage=\"%s\"><text>%s</text></inputExpression></input></decisionTable></decision></definitions>";
        assertThatThrownBy(() -> granska("b.dmn", dmn.formatted("feel", "function(x) external { java: { class: \"java.lang.System\","
                + " method signature: \"exit(int)\" } }"))).hasMessageContaining("extern funktion");
        assertThatThrownBy(() -> granska("b.dmn", dmn.formatted("juel", "${jdbcTemplate}"))).hasMessageContaining("uttrycksspråket");
        assertThatCode(() -> granska("b.dmn", dmn.formatted("feel", "behovMissbruk"))).doesNotThrowAnyException();
    }

    @Test
    void baraModellerOchFormularOchInteForStora() {
        assertThatThrownBy(() -> granska("formular.html", "<form></form>")).hasMessageContaining("bara BPMN");
        assertThatThrownBy(() -> granska("skript.groovy", "1")).hasMessageContaining("bara BPMN");
        assertThatThrownBy(() -> granska("trasig.form", "{")).hasMessageContaining("JSON");
        assertThatThrownBy(() -> granska("stor.bpmn", bpmn("<!--" + "x".repeat(Driftsattningskontroll.STORSTA_RESURS) + "-->")))
                .hasMessageContaining("större än");
    }
}
