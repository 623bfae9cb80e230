package se.hemvag.tillhorighet;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OverlamningRepository extends JpaRepository<Overlamning, Long> {

    Optional<Overlamning> findByArendeId(Long arendeId);

    List<Overlamning> findByArendeIdIn(Collection<Long> arendeIds);
}
