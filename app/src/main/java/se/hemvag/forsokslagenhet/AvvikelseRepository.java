package se.hemvag.forsokslagenhet;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AvvikelseRepository extends JpaRepository<Avvikelse, Long> {

    List<Avvikelse> findByForsokslagenhetIdOrderByMotesdatum(Long forsokslagenhetId);

    List<Avvikelse> findByForsokslagenhetIdInOrderByMotesdatum(Collection<Long> forsokslagenhetIds);
}
