package se.hemvag.forsokslagenhet;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LagenhetsinfoKallelseRepository extends JpaRepository<LagenhetsinfoKallelse, Long> {

    List<LagenhetsinfoKallelse> findByTillfalleIdIsNullOrderById();

    List<LagenhetsinfoKallelse> findByTillfalleIdOrderById(Long tillfalleId);

    List<LagenhetsinfoKallelse> findByForsokslagenhetIdOrderById(Long forsokslagenhetId);

    List<LagenhetsinfoKallelse> findByForsokslagenhetIdInOrderById(Collection<Long> forsokslagenhetIds);

    long countByTillfalleId(Long tillfalleId);

    boolean existsByForsokslagenhetIdAndNarvarandeTrue(Long forsokslagenhetId);
}
