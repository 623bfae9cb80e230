package se.hemvag.forsokslagenhet;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HyresskuldRepository extends JpaRepository<Hyresskuld, Long> {

    List<Hyresskuld> findByForsokslagenhetIdOrderById(Long forsokslagenhetId);

    List<Hyresskuld> findByForsokslagenhetIdInOrderById(Collection<Long> forsokslagenhetIds);
}
