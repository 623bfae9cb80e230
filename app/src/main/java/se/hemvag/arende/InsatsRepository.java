package se.hemvag.arende;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InsatsRepository extends JpaRepository<Insats, Long> {

    List<Insats> findByArendeIdOrderByStartdatum(Long arendeId);

    @Query("select count(i) > 0 from Insats i where i.arendeId = :arendeId and i.typ = :typ"
            + " and i.startdatum <= :dag and (i.slutdatum is null or i.slutdatum >= :dag)")
    boolean harPagaendeInsats(Long arendeId, Insatstyp typ, LocalDate dag);

    List<Insats> findByArendeIdIn(Collection<Long> arendeIds);
}
