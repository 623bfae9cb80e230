package se.hemvag.forsokslagenhet;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface KontraktsgranskningRepository extends JpaRepository<Kontraktsgranskning, Long> {

    List<Kontraktsgranskning> findByForsokslagenhetIdOrderByDatum(Long forsokslagenhetId);

    List<Kontraktsgranskning> findByForsokslagenhetIdInOrderByDatum(Collection<Long> forsokslagenhetIds);
}
