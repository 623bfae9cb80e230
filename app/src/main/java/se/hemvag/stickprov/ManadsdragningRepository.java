package se.hemvag.stickprov;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ManadsdragningRepository extends JpaRepository<Manadsdragning, Long> {

    Optional<Manadsdragning> findByManad(LocalDate manad);
}
