package se.hemvag.ansokan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TogBedomningRepository extends JpaRepository<TogBedomning, Long> {

    List<TogBedomning> findByKlientIdOrderByBedomd(Long klientId);
}
