package se.hemvag.arende;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MedhandlaggningRepository extends JpaRepository<Medhandlaggning, Long> {

    List<Medhandlaggning> findByArendeId(Long arendeId);

    boolean existsByArendeIdAndSektion(Long arendeId, String sektion);

    List<Medhandlaggning> findByArendeIdIn(Collection<Long> arendeIds);
}
