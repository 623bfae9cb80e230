package se.hemvag.tillhorighet;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TillhorighetsutredningRepository extends JpaRepository<Tillhorighetsutredning, Long> {

    Optional<Tillhorighetsutredning> findFirstByArendeIdOrderByIdDesc(Long arendeId);

    List<Tillhorighetsutredning> findByArendeIdIn(Collection<Long> arendeIds);

    List<Tillhorighetsutredning> findByUtreddDatumBetweenOrderById(LocalDate fran, LocalDate till);
}
