package se.hemvag.sip;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SamtyckeRepository extends JpaRepository<Samtycke, Long> {

    List<Samtycke> findBySipId(Long sipId);

    Optional<Samtycke> findFirstBySipIdAndAterkallatIsNull(Long sipId);
}
