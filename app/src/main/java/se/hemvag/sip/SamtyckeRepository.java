package se.hemvag.sip;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SamtyckeRepository extends JpaRepository<Samtycke, Long> {

    List<Samtycke> findBySipId(Long sipId);

    List<Samtycke> findBySipIdInOrderById(Collection<Long> sipIds);

    Optional<Samtycke> findFirstBySipIdAndAterkallatIsNull(Long sipId);
}
