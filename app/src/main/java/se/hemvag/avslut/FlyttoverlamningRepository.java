package se.hemvag.avslut;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FlyttoverlamningRepository extends JpaRepository<Flyttoverlamning, Long> {

    Optional<Flyttoverlamning> findByArendeId(Long arendeId);

    List<Flyttoverlamning> findByArendeIdIn(Collection<Long> arendeIds);
}
