package se.hemvag.arende;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArendeuppfoljningRepository extends JpaRepository<Arendeuppfoljning, Long> {

    List<Arendeuppfoljning> findByArendeIdOrderByUppfoljningsdatum(Long arendeId);

    List<Arendeuppfoljning> findByArendeIdIn(Collection<Long> arendeIds);
}
