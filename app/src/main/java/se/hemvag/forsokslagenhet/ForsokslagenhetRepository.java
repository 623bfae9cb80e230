package se.hemvag.forsokslagenhet;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ForsokslagenhetRepository extends JpaRepository<Forsokslagenhet, Long> {

    List<Forsokslagenhet> findByArendeIdOrderById(Long arendeId);

    List<Forsokslagenhet> findByArendeIdInOrderById(Collection<Long> arendeIds);

    boolean existsByArendeIdAndStatusIn(Long arendeId, Collection<ForsokslagenhetStatus> status);
}
