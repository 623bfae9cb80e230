package se.hemvag.motor;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An index the engine's schema leaves out: completing a task asks for its subtasks
 * ({@code select … from ACT_RU_TASK where PARENT_TASK_ID_ = ?}), which without it reads every
 * open task. Made after the engine has created or updated its tables; there only once.
 */
@Component
class UppgiftensForalderIndex extends AbstractProcessEnginePlugin {

    static final String INDEX = "HEMVAG_IDX_TASK_PARENT";

    private final DataSource databas;

    UppgiftensForalderIndex(DataSource databas) {
        this.databas = databas;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine motorn) {
        new JdbcTemplate(databas).execute("CREATE INDEX IF NOT EXISTS " + INDEX + " ON ACT_RU_TASK (PARENT_TASK_ID_)");
    }
}
