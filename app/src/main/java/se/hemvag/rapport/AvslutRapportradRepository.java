package se.hemvag.rapport;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.hemvag.avslut.Avslut;

interface AvslutRapportradRepository extends JpaRepository<AvslutRapportrad, Long> {

    /** Closures without a reporting row: cases closed before the table existed. */
    @Query("select a from Avslut a where not exists (select r from AvslutRapportrad r where r.arendeId = a.arendeId)")
    List<Avslut> avslutUtanRapportrad();
}
