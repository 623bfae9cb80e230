package se.hemvag.motor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Nodes that share a MariaDB database start one at a time. The engine creates its tables at start
 * without a lock of its own, and at every start the app sees to its groups, Tasklist filters,
 * authorizations and demo data by looking for them and making what is missing: two nodes starting
 * together would both find nothing and make everything twice (a second filter of the same name
 * kept every later start from getting past its lookup). So a node takes the database's named lock
 * before the engine is built and lets it go when it is ready for traffic, after all of that; the
 * next node then finds everything in place. MariaDB lets the lock go by itself if the node dies.
 * H2, the embedded default, is one node's own file and needs no lock.
 */
@Component
class EnNodIStarten extends AbstractProcessEnginePlugin implements DisposableBean {

    static final String LAS = "hemvag.start";
    /** Long enough for another node's first start on an empty database, schema and demo data included. */
    static final int VANTA_SEKUNDER = 600;
    private static final Logger log = LoggerFactory.getLogger(EnNodIStarten.class);

    private final DataSource databas;
    private Connection lasHallande;

    EnNodIStarten(DataSource databas) {
        this.databas = databas;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl konfiguration) {
        ta();
    }

    @EventListener
    void redo(AvailabilityChangeEvent<ReadinessState> handelse) {
        if (handelse.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            slapp();
        }
    }

    @Override
    public void destroy() {
        slapp();
    }

    synchronized void ta() {
        try {
            Connection anslutning = databas.getConnection();
            String databastyp = anslutning.getMetaData().getDatabaseProductName();
            if (!databastyp.equalsIgnoreCase("MariaDB") && !databastyp.equalsIgnoreCase("MySQL")) {
                anslutning.close();
                return;
            }
            try (PreparedStatement las = anslutning.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                las.setString(1, LAS);
                las.setInt(2, VANTA_SEKUNDER);
                long start = System.nanoTime();
                try (ResultSet svar = las.executeQuery()) {
                    if (!svar.next() || svar.getInt(1) != 1) {
                        anslutning.close();
                        throw new IllegalStateException("En annan nod har hållit startlåset " + LAS + " i över "
                                + VANTA_SEKUNDER + " s; den här noden startar inte samtidigt med den.");
                    }
                }
                long vantat = (System.nanoTime() - start) / 1_000_000;
                if (vantat > 1000) {
                    log.info("Startlåset {} togs efter {} ms: en annan nod startade på samma databas", LAS, vantat);
                }
            }
            lasHallande = anslutning;
        } catch (SQLException e) {
            throw new IllegalStateException("Startlåset " + LAS + " kunde inte tas", e);
        }
    }

    synchronized void slapp() {
        if (lasHallande == null) {
            return;
        }
        try (Connection anslutning = lasHallande; PreparedStatement slapp = anslutning.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            slapp.setString(1, LAS);
            slapp.execute();
        } catch (SQLException e) {
            log.warn("Startlåset {} kunde inte släppas; MariaDB släpper det när anslutningen stängs", LAS, e);
        } finally {
            lasHallande = null;
        }
    }
}
