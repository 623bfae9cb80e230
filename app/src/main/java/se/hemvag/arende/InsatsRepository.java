package se.hemvag.arende;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InsatsRepository extends JpaRepository<Insats, Long> {

    List<Insats> findByArendeIdOrderByStartdatum(Long arendeId);
}
