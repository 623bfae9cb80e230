package se.hemvag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.arende.Arende;
import se.hemvag.arende.Arenden;
import se.hemvag.forsokslagenhet.Forsoksforlopp;

/**
 * The daily case actions as start forms in Tasklist ("Starta process"): each answers as its REST
 * endpoint does (the same service, the same section rules), leaves the case as the endpoint would,
 * and keeps no free text in the engine's history. Submitted here the way Tasklist submits a form.
 */
@HemvagSpringTest
class DagligaAtgarderTest {

    @LocalServerPort int port;
    @Autowired Arendeforlopp forlopp;
    @Autowired Forsoksforlopp forsok;
    @Autowired Arenden arenden;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired ObjectMapper json;

    private Http http;

    @BeforeEach
    void init() {
        http = new Http(port);
    }

    private HttpResponse<String> starta(String process, String anvandare, Map<String, Object> falt) throws Exception {
        Map<String, Object> variabler = new LinkedHashMap<>();
        falt.forEach((nyckel, varde) -> variabler.put(nyckel, Map.of("value", varde)));
        return http.postJson("/engine-rest/process-definition/key/" + process + "/submit-form", anvandare, "demo",
                json.writeValueAsString(Map.of("variables", variabler)));
    }

    private String meddelande(HttpResponse<String> svar) throws Exception {
        return json.readTree(svar.body()).path("message").asText();
    }

    private long uppgifter(Arende arende, String definition) {
        return taskService.createTaskQuery().processInstanceBusinessKey(arende.getArendenummer())
                .taskDefinitionKey(definition).count();
    }

    @Test
    void klientenHordeAvSig() throws Exception {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        jdbc.update("update arende set senast_kontakt = ? where id = ?", LocalDate.now(clock).minusDays(40), arende.getId());

        HttpResponse<String> annanSektion = starta("KontaktProcess", "handlaggare-forsorjning",
                Map.of("arendenummer", arende.getArendenummer()));
        assertThat(annanSektion.statusCode()).as(annanSektion.body()).isEqualTo(403);
        assertThat(arenden.hamta(arende.getId()).getSenastKontakt()).isEqualTo(LocalDate.now(clock).minusDays(40));

        HttpResponse<String> svar = starta("KontaktProcess", "handlaggare-administrationen",
                Map.of("arendenummer", arende.getArendenummer()));
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        assertThat(arenden.hamta(arende.getId()).getSenastKontakt()).isEqualTo(LocalDate.now(clock));
        assertThat(json.readTree(svar.body()).path("businessKey").asText()).isEqualTo(arende.getArendenummer());
    }

    @Test
    void enAnnanSektionKopplasIn() throws Exception {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        Map<String, Object> falt = Map.of("arendenummer", arende.getArendenummer(), "medhandlaggandeSektionVal", "forsorjning",
                "medhandlaggningBegartBehov", "Skulder hos Kronofogden");

        assertThat(starta("MedhandlaggningBegaranProcess", "handlaggare-forsorjning", falt).statusCode()).isEqualTo(403);
        HttpResponse<String> svar = starta("MedhandlaggningBegaranProcess", "handlaggare-vuxen", falt);
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        assertThat(uppgifter(arende, "Task_Medhandlaggning")).isEqualTo(1);

        HttpResponse<String> igen = starta("MedhandlaggningBegaranProcess", "handlaggare-vuxen", falt);
        assertThat(igen.statusCode()).isEqualTo(409);
        assertThat(meddelande(igen)).contains("redan inkopplad");
        assertThat(historyService.createHistoricVariableInstanceQuery().variableName("medhandlaggningBegartBehov").count())
                .as("the need is in the case's table, not in the engine's history").isZero();
    }

    @Test
    void ledningenRegistrerarEnArendegenomgang() throws Exception {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        Map<String, Object> falt = Map.of("arendenummer", arende.getArendenummer(),
                "genomgangsdatum", LocalDate.now(clock).toString(), "genomgangHandlaggare", "handlaggare-vuxen",
                "genomgangAnteckning", "Planen håller; nästa steg är boendestöd");

        assertThat(starta("ArendegenomgangProcess", "handlaggare-vuxen", falt).statusCode())
                .as("a caseworker may not start it").isEqualTo(403);
        HttpResponse<String> svar = starta("ArendegenomgangProcess", "gruppledare-vuxen", falt);
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from arendegenomgang where arende_id = ?", Integer.class, arende.getId()))
                .isEqualTo(1);

        Map<String, Object> fel = new LinkedHashMap<>(falt);
        fel.put("genomgangsdatum", LocalDate.now(clock).plusDays(3).toString());
        HttpResponse<String> framtid = starta("ArendegenomgangProcess", "gruppledare-vuxen", fel);
        assertThat(framtid.statusCode()).isEqualTo(400);
        assertThat(meddelande(framtid)).contains("framtiden");
    }

    @Test
    void avslutBegarsOchKontaktregelnGallerSomIApiet() throws Exception {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());

        HttpResponse<String> utanForsok = starta("AvslutBegaranProcess", "handlaggare-vuxen",
                Map.of("arendenummer", arende.getArendenummer(), "avslutsorsak", "KONTAKT_UPPHORT"));
        assertThat(utanForsok.statusCode()).as(utanForsok.body()).isEqualTo(409);
        assertThat(uppgifter(arende, "Task_Avslutningsblankett")).isZero();

        HttpResponse<String> svar = starta("AvslutBegaranProcess", "handlaggare-vuxen",
                Map.of("arendenummer", arende.getArendenummer(), "avslutsorsak", "MALEN_UPPNADDA"));
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        assertThat(uppgifter(arende, "Task_Avslutningsblankett")).isEqualTo(1);
    }

    @Test
    void sipErbjudsNarVardenBlivitInblandadOchSamtycketKanAterkallas() throws Exception {
        // Försörjningssektionen offers a SIP only when health care is involved: not at this decision
        Arende arende = forlopp.pagaende("behovEkonomi", Map.of());
        Map<String, Object> falt = Map.of("arendenummer", arende.getArendenummer());

        assertThat(starta("SamtyckeAterkallatProcess", "handlaggare-forsorjning", falt).statusCode())
                .as("no SIP under way yet").isEqualTo(409);
        assertThat(starta("SipBegaranProcess", "handlaggare-vuxen", falt).statusCode()).isEqualTo(403);
        HttpResponse<String> svar = starta("SipBegaranProcess", "handlaggare-forsorjning", falt);
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        assertThat(uppgifter(arende, "Task_ErbjudSip")).isEqualTo(1);
        assertThat(starta("SipBegaranProcess", "handlaggare-forsorjning", falt).statusCode()).as("one SIP at a time").isEqualTo(409);

        String idag = LocalDate.now(clock).toString();
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(arende.getArendenummer())
                .taskDefinitionKey("Task_ErbjudSip").singleResult().getId(), Map.of("sipErbjuden", idag, "sipSvar", "ACCEPTERAT",
                "samtyckeLamnat", idag, "samtyckesform", "SKRIFTLIGT", "samtyckeOmfattning", "Beroendevården och vårdcentralen"));
        HttpResponse<String> aterkallat = starta("SamtyckeAterkallatProcess", "handlaggare-forsorjning",
                Map.of("arendenummer", arende.getArendenummer(), "aterkallelseAnteckning", "Ringde och återkallade"));
        assertThat(aterkallat.statusCode()).as(aterkallat.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select status from sip where arende_id = ?", String.class, arende.getId()))
                .isEqualTo("STOPPAD");
    }

    @Test
    void hyresskuldAnmalsForDenSomBorIForsokslagenhet() throws Exception {
        Arende arende = forlopp.pagaende("behovMissbruk", Map.of());
        Map<String, Object> falt = Map.of("arendenummer", arende.getArendenummer(), "skuldAnmaldAv", "HYRESVARD",
                "skuldBelopp", 9800, "skuldAnteckning", "Två månadshyror");
        assertThat(starta("HyresskuldProcess", "handlaggare-administrationen", falt).statusCode())
                .as("not living in a trial apartment").isEqualTo(409);

        ProcessInstance process = forsok.beviljad(arende);
        forsok.lagenhetOchBoendestod(process);
        forsok.genomfor(forsok.planeraLagenhetsinfo(2, 50)).forEach(t -> forsok.kom(t, 4));
        forsok.inflyttad(process);

        Map<String, Object> nollKronor = new LinkedHashMap<>(falt);
        nollKronor.put("skuldBelopp", 0);
        assertThat(starta("HyresskuldProcess", "handlaggare-administrationen", nollKronor).statusCode()).isEqualTo(400);
        HttpResponse<String> svar = starta("HyresskuldProcess", "handlaggare-administrationen", falt);
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        assertThat(forsok.uppgift(process, "Task_HanteraHyresskuld")).isNotNull();
        assertThat(jdbc.queryForObject("select belopp from hyresskuld h join forsokslagenhet f on f.id = h.forsokslagenhet_id"
                + " where f.arende_id = ?", Integer.class, arende.getId())).isEqualTo(9800);
    }
}
