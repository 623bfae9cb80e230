package se.hemvag.forsokslagenhet;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LagenhetsinfoKallelseRepository extends JpaRepository<LagenhetsinfoKallelse, Long> {

    List<LagenhetsinfoKallelse> findByTillfalleIdIsNullOrderById();

    List<LagenhetsinfoKallelse> findByTillfalleIdOrderById(Long tillfalleId);

    List<LagenhetsinfoKallelse> findByForsokslagenhetIdOrderById(Long forsokslagenhetId);

    long countByTillfalleId(Long tillfalleId);

    boolean existsByForsokslagenhetIdAndNarvarandeTrue(Long forsokslagenhetId);
}
