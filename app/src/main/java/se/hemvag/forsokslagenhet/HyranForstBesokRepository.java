package se.hemvag.forsokslagenhet;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HyranForstBesokRepository extends JpaRepository<HyranForstBesok, Long> {

    List<HyranForstBesok> findByArendeIdOrderById(Long arendeId);

    List<HyranForstBesok> findByArendeIdInOrderById(Collection<Long> arendeIds);

    List<HyranForstBesok> findByTillfalleIdOrderById(Long tillfalleId);
}
