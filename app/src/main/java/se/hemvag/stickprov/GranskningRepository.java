package se.hemvag.stickprov;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GranskningRepository extends JpaRepository<Granskning, Long> {

    List<Granskning> findByDragningIdOrderById(Long dragningId);

    /** Per month drawn and section: sampled, reviewed, reviewed without and with a remark. */
    @Query("select d.manad, g.sektion, count(g), count(g.granskad),"
            + " sum(case when g.bedomning = se.hemvag.stickprov.StickprovProcessen.Bedomning.OK then 1 else 0 end),"
            + " sum(case when g.bedomning = se.hemvag.stickprov.StickprovProcessen.Bedomning.ANMARKNING then 1 else 0 end)"
            + " from Granskning g, Manadsdragning d where d.id = g.dragningId and d.manad between :fran and :till"
            + " group by d.manad, g.sektion order by d.manad, g.sektion")
    List<Object[]> resultat(@Param("fran") LocalDate fran, @Param("till") LocalDate till);
}
