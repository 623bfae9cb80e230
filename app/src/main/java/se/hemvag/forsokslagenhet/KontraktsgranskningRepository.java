package se.hemvag.forsokslagenhet;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface KontraktsgranskningRepository extends JpaRepository<Kontraktsgranskning, Long> {

    List<Kontraktsgranskning> findByForsokslagenhetIdOrderByDatum(Long forsokslagenhetId);
}
