package se.hemvag.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Collections;
import java.util.List;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;
import org.springframework.transaction.annotation.Transactional;

/** AtkomstRepository's multi-row insert: JPA would send one INSERT per row (the id is the database's). */
class AtkomstloggensSkrivningImpl implements AtkomstloggensSkrivning {

    /** Rows per statement: far below the databases' limits on parameters (MariaDB 65,535, seven a row). */
    private static final int RADER_PER_SATS = 1000;
    private static final String INSERT = "insert into atkomstlogg (tidpunkt, anvandare, atgard, arendenummer, klient_id, vad, status) values ";
    private static final String RAD = "(?, ?, ?, ?, ?, ?, ?)";

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    @Transactional
    public void skrivAlla(List<Atkomst> rader) {
        for (int fran = 0; fran < rader.size(); fran += RADER_PER_SATS) {
            List<Atkomst> del = rader.subList(fran, Math.min(rader.size(), fran + RADER_PER_SATS));
            Query sats = entityManager.createNativeQuery(INSERT + String.join(", ", Collections.nCopies(del.size(), RAD)));
            int parameter = 1;
            for (Atkomst rad : del) {
                sats.setParameter(parameter++, rad.getTidpunkt());
                sats.setParameter(parameter++, rad.getAnvandare());
                sats.setParameter(parameter++, rad.getAtgard().name());
                // typed, so that a missing case or client is bound as a NULL of its column's type
                sats.setParameter(parameter++, new TypedParameterValue<>(StandardBasicTypes.STRING, rad.getArendenummer()));
                sats.setParameter(parameter++, new TypedParameterValue<>(StandardBasicTypes.LONG, rad.getKlientId()));
                sats.setParameter(parameter++, rad.getVad());
                sats.setParameter(parameter++, rad.getStatus());
            }
            sats.executeUpdate();
        }
    }
}
