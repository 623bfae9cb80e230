package se.hemvag.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Append-only: the access log can be written and read, never updated or deleted through the app. */
interface AtkomstRepository extends Repository<Atkomst, Long>, AtkomstloggensSkrivning {

    Atkomst save(Atkomst atkomst);


    List<Atkomst> findByAnvandareOrderByTidpunktDesc(String anvandare, Pageable sida);

    List<Atkomst> findByKlientIdOrderByTidpunktDesc(Long klientId, Pageable sida);

    List<Atkomst> findByArendenummerOrderByTidpunktDesc(String arendenummer, Pageable sida);

    long countByArendenummer(String arendenummer);
}
