package se.hemvag.avslut;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FlyttoverlamningRepository extends JpaRepository<Flyttoverlamning, Long> {

    Optional<Flyttoverlamning> findByArendeId(Long arendeId);
}
