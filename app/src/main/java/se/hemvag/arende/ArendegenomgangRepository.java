package se.hemvag.arende;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArendegenomgangRepository extends JpaRepository<Arendegenomgang, Long> {

    List<Arendegenomgang> findByArendeIdInOrderByDatumDescIdDesc(Collection<Long> arendeIds);
}
