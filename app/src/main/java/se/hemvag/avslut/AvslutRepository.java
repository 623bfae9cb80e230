package se.hemvag.avslut;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AvslutRepository extends JpaRepository<Avslut, Long> {

    Optional<Avslut> findByArendeId(Long arendeId);

    List<Avslut> findByArendeIdIn(Collection<Long> arendeIds);
}
