package se.hemvag.forsokslagenhet;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LagenhetsinfoTillfalleRepository extends JpaRepository<LagenhetsinfoTillfalle, Long> {

    List<LagenhetsinfoTillfalle> findByBorjarAfterOrderByBorjar(Instant tidpunkt);
}
