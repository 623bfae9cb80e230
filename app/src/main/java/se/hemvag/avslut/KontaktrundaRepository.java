package se.hemvag.avslut;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KontaktrundaRepository extends JpaRepository<Kontaktrunda, Long> {

    Optional<Kontaktrunda> findFirstByArendeIdOrderByPaborjadDescIdDesc(Long arendeId);
}
