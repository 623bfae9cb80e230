package se.hemvag.tillhorighet;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OverlamningRepository extends JpaRepository<Overlamning, Long> {

    Optional<Overlamning> findByArendeId(Long arendeId);
}
