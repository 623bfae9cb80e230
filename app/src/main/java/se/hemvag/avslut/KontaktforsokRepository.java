package se.hemvag.avslut;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface KontaktforsokRepository extends JpaRepository<Kontaktforsok, Long> {

    List<Kontaktforsok> findByArendeIdOrderByTidpunkt(Long arendeId);

    List<Kontaktforsok> findByKontaktrundaIdOrderByTidpunkt(Long kontaktrundaId);

    List<Kontaktforsok> findByArendeIdInOrderByTidpunkt(Collection<Long> arendeIds);
}
