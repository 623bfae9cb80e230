package se.hemvag.klient;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KlientRepository extends JpaRepository<Klient, Long> {

    Optional<Klient> findByIdentitetsnummer(String identitetsnummer);

    long countByIdentitetsnummerStartingWith(String prefix);
}
