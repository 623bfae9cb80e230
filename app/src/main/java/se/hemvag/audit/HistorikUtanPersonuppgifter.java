package se.hemvag.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen;
import se.hemvag.sip.SipProcessen;
import se.hemvag.tillhorighet.TillhorighetProcessen;

/**
 * The engine's history keeps no personal data. Process variables carry names, needs and free text
 * for the moment a step runs; the delegates store them in the domain tables, where retention and
 * the access log apply. History (ACT_HI_VARINST, ACT_HI_DETAIL, the decision inputs in ACT_HI_DEC_IN)
 * would keep every value for its time to live, deleted variables included, so only the variables
 * below reach it: identifiers, the responsible section and the outcomes the gateways route on.
 * Rows written before this existed are culled at start.
 */
@Component
class HistorikUtanPersonuppgifter extends AbstractProcessEnginePlugin {

    /** What Cockpit's history may show: nothing about the person. Any other variable is left out. */
    static final Set<String> BEHALLS_I_HISTORIKEN = Set.of(
            ArendeProcessen.ARENDE_ID, ArendeProcessen.ARENDENUMMER, ArendeProcessen.ANSVARIG_SEKTION,
            ArendeProcessen.AVSLUTSORSAK, TillhorighetProcessen.TILLHORIGHET,
            ForsokslagenhetProcessen.FORSOKSLAGENHET_ID, ForsokslagenhetProcessen.TILLFALLE_ID,
            ForsokslagenhetProcessen.KALLELSE_ID, ForsokslagenhetProcessen.HYRESSKULD_ID, SipProcessen.SIP_ID,
            // the outcomes of forms that the gateways route on, and the section brought in
            "beslut", "uppfoljningUtfall", "kontaktforsokUtfall", "sipSvar", "sipUtfall", "registrering", "overtagande",
            "forsokslagenhetBeslut", "avvikelseUtfall", "medhandlaggandeSektion", "medhandlaggningId", "klientId");

    /** Personnummer, samordningsnummer and reserve numbers, with or without century and separator. */
    private static final Pattern IDENTITETSNUMMER = Pattern.compile("\\b(?:\\d{2})?\\d{6}[-+]?(?:\\d{4}|R\\d{3})\\b");

    /** The engine property that records for which allow-list the history was culled. */
    static final String MARKERING = "hemvag.historik-utan-personuppgifter";

    private final JdbcTemplate jdbc;

    HistorikUtanPersonuppgifter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl motor) {
        motor.setHistoryEventHandler(new Filter(new DbHistoryEventHandler()));
    }

    static boolean behalls(HistoryEvent handelse) {
        if (handelse instanceof HistoricVariableUpdateEventEntity variabel) {
            return BEHALLS_I_HISTORIKEN.contains(variabel.getVariableName());
        }
        return !(handelse instanceof HistoricFormPropertyEventEntity);
    }

    /** Decisions are kept with their outcome; their inputs are the client's needs and situation. */
    private static void utanIndata(HistoryEvent handelse) {
        if (handelse instanceof HistoricDecisionEvaluationEvent beslut) {
            utanIndata(beslut.getRootHistoricDecisionInstance());
            beslut.getRequiredHistoricDecisionInstances().forEach(HistorikUtanPersonuppgifter::utanIndata);
        }
    }

    private static void utanIndata(HistoricDecisionInstanceEntity beslut) {
        if (beslut != null) {
            beslut.setInputs(List.of());
        }
    }

    /** An incident's or failed job's message may quote what a step refused, an identity number included. */
    private static void utanIdentitetsnummer(HistoryEvent handelse) {
        if (handelse instanceof HistoricIncidentEventEntity incident) {
            incident.setIncidentMessage(maskera(incident.getIncidentMessage()));
        } else if (handelse instanceof HistoricJobLogEvent jobb) {
            jobb.setJobExceptionMessage(maskera(jobb.getJobExceptionMessage()));
            // the stack trace, stored beside the row, begins with the same message
            if (jobb.getExceptionByteArrayId() != null && Context.getCommandContext() != null) {
                ByteArrayEntity spar = Context.getCommandContext().getDbEntityManager()
                        .selectById(ByteArrayEntity.class, jobb.getExceptionByteArrayId());
                if (spar != null && spar.getBytes() != null) {
                    spar.setBytes(maskera(new String(spar.getBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    static String maskera(String text) {
        return text == null ? null : IDENTITETSNUMMER.matcher(text).replaceAll("ÅÅÅÅMMDD-NNNN");
    }

    /**
     * At start, once for each version of the allow-list: a property in the engine's own table says
     * which list the history was last culled for, so a normal start does not scan the history tables.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void vidStart() {
        String lista = Integer.toHexString(String.join(",", new TreeSet<>(BEHALLS_I_HISTORIKEN)).hashCode());
        List<String> gallradFor = jdbc.queryForList("select VALUE_ from ACT_GE_PROPERTY where NAME_ = ?", String.class, MARKERING);
        if (gallradFor.contains(lista)) {
            return;
        }
        gallraBefintligHistorik();
        if (gallradFor.isEmpty()) {
            jdbc.update("insert into ACT_GE_PROPERTY (NAME_, VALUE_, REV_) values (?, ?, 1)", MARKERING, lista);
        } else {
            jdbc.update("update ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = ?", lista, MARKERING);
        }
    }

    /** Rows of earlier versions: values that should never have been kept, and the bytes they point to. */
    void gallraBefintligHistorik() {
        String behalls = String.join(",", BEHALLS_I_HISTORIKEN.stream().map(n -> "'" + n + "'").toList());
        for (String tabell : new String[] {"ACT_HI_VARINST", "ACT_HI_DETAIL"}) {
            jdbc.update("delete from ACT_GE_BYTEARRAY where ID_ in (select BYTEARRAY_ID_ from " + tabell
                    + " where NAME_ not in (" + behalls + ") and BYTEARRAY_ID_ is not null)");
            jdbc.update("delete from " + tabell + " where NAME_ not in (" + behalls + ")");
        }
        jdbc.update("delete from ACT_GE_BYTEARRAY where ID_ in (select BYTEARRAY_ID_ from ACT_HI_DEC_IN where BYTEARRAY_ID_ is not null)");
        jdbc.update("delete from ACT_HI_DEC_IN");
    }

    private static final class Filter implements HistoryEventHandler {

        private final HistoryEventHandler databasen;

        Filter(HistoryEventHandler databasen) {
            this.databasen = databasen;
        }

        @Override
        public void handleEvent(HistoryEvent handelse) {
            if (behalls(handelse)) {
                utanIndata(handelse);
                utanIdentitetsnummer(handelse);
                databasen.handleEvent(handelse);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> handelser) {
            handelser.forEach(this::handleEvent);
        }
    }
}
