package se.hemvag.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hemvag.Arendeforlopp;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;
import se.hemvag.arende.Arende;

/**
 * The engine's history keeps no personal data: a case run through its investigation leaves the
 * client's name, needs and free text in the domain tables only. Before, ledning read them all back
 * from /history, deleted values included.
 */
@HemvagSpringTest
class HistorikUtanPersonuppgifterTest {

    @LocalServerPort int port;
    @Autowired Arendeforlopp forlopp;
    @Autowired HistoryService historyService;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired HistorikUtanPersonuppgifter historik;

    private JsonNode hamta(String sokvag) throws Exception {
        return json.readTree(new Http(port).get(sokvag, "chef", "demo").body());
    }

    @Test
    void namnBehovOchFritextNarInteHistoriken() throws Exception {
        Arende arende = forlopp.pagaende("behovPsykiskOhalsa", Map.of());
        String instans = forlopp.process(arende).getId();

        for (String variabel : new String[] {"klientNamn", "behovPsykiskOhalsa", "beslutMotivering", "utredningPlan", "utforare"}) {
            assertThat(hamta("/engine-rest/history/variable-instance?includeDeleted=true&variableName=" + variabel)).as(variabel).isEmpty();
        }
        String tillhorighet = historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(instans)
                .processDefinitionKey("TillhorighetProcess").singleResult().getId();
        for (String rot : new String[] {instans, tillhorighet}) {
            JsonNode detaljer = hamta("/engine-rest/history/detail?processInstanceId=" + rot);
            assertThat(detaljer).isNotEmpty();
            detaljer.forEach(d -> assertThat(HistorikUtanPersonuppgifter.BEHALLS_I_HISTORIKEN).as(d.path("type").asText())
                    .contains(d.path("variableName").asText()));
        }
        assertThat(hamta("/engine-rest/history/variable-instance?variableName=arendenummer&processInstanceId=" + instans))
                .as("the case number stays, so Cockpit's history still shows whose case it was").isNotEmpty();
        JsonNode beslut = hamta("/engine-rest/history/decision-instance?includeInputs=true&includeOutputs=true"
                + "&processInstanceId=" + instans);
        assertThat(beslut).isNotEmpty();
        beslut.forEach(b -> {
            assertThat(b.path("inputs")).as("the needs the decision routed on").isEmpty();
            assertThat(b.path("outputs")).isNotEmpty();
        });
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_VARINST where NAME_ = 'klientNamn'", Integer.class)).isZero();
    }

    @Test
    void historikFranTidigareVersionerGallrasVidStart() {
        jdbc.update("insert into ACT_HI_VARINST (ID_, NAME_, VAR_TYPE_, TEXT_, STATE_) values ('gammal-1', 'klientNamn',"
                + " 'string', 'Anna Andersson', 'DELETED')");
        jdbc.update("insert into ACT_HI_DETAIL (ID_, TYPE_, NAME_, VAR_TYPE_, TEXT_, TIME_, SEQUENCE_COUNTER_)"
                + " values ('gammal-2', 'VariableUpdate', 'utredningAnteckning', 'string', 'Anteckning', CURRENT_TIMESTAMP, 1)");

        historik.gallraBefintligHistorik();

        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_VARINST where ID_ = 'gammal-1'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_DETAIL where ID_ = 'gammal-2'", Integer.class)).isZero();
    }

    /** A normal start does not scan the history tables again; a new allow-list does. */
    @Test
    void historikenGallrasEnGangPerVersionAvListan() {
        assertThat(jdbc.queryForObject("select count(*) from ACT_GE_PROPERTY where NAME_ = ?", Integer.class,
                HistorikUtanPersonuppgifter.MARKERING)).as("set at start").isOne();
        jdbc.update("insert into ACT_HI_VARINST (ID_, NAME_, VAR_TYPE_, TEXT_, STATE_) values ('gammal-3', 'klientNamn',"
                + " 'string', 'Anna Andersson', 'DELETED')");

        historik.vidStart();
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_VARINST where ID_ = 'gammal-3'", Integer.class))
                .as("already culled for this list").isOne();

        jdbc.update("update ACT_GE_PROPERTY set VALUE_ = 'en-aldre-lista' where NAME_ = ?", HistorikUtanPersonuppgifter.MARKERING);
        historik.vidStart();
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_VARINST where ID_ = 'gammal-3'", Integer.class)).isZero();
    }

    @Test
    void identitetsnummerIFelmeddelandenMaskeras() {
        assertThat(HistorikUtanPersonuppgifter.maskera("Kontrollsiffran i 19790814-9954 stämmer inte; 7908149954 och 19790814-R123"))
                .isEqualTo("Kontrollsiffran i ÅÅÅÅMMDD-NNNN stämmer inte; ÅÅÅÅMMDD-NNNN och ÅÅÅÅMMDD-NNNN");
        assertThat(HistorikUtanPersonuppgifter.maskera("Ärende 2026-00004 saknas")).isEqualTo("Ärende 2026-00004 saknas");
    }
}
