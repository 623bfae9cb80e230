package se.hemvag.arende;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArendeRepository extends JpaRepository<Arende, Long> {

    @EntityGraph(attributePaths = "klient")
    Optional<Arende> findByArendenummer(String arendenummer);

    @EntityGraph(attributePaths = "klient")
    List<Arende> findByAnsvarigSektionAndStatusInOrderByAnsokningsdatumAscIdAsc(String ansvarigSektion,
                                                                               Collection<ArendeStatus> statusar);

    boolean existsByForegaendeArendeId(Long foregaendeArendeId);

    List<Arende> findByArendenummerIn(Collection<String> arendenummer);

    Optional<Arende> findFirstByKlientIdAndStatusIn(Long klientId, Collection<ArendeStatus> statusar);

    Optional<Arende> findFirstByKlientIdAndStatusOrderByAvslutadDesc(Long klientId, ArendeStatus status);

    @Query(value = "select next value for arendenummer_seq", nativeQuery = true)
    long nastaLopnummer();

    List<Arende> findByKlientIdOrderByAnsokningsdatumDescIdDesc(Long klientId);

    List<Arende> findByBeslutsdatumBetweenOrderById(LocalDate fran, LocalDate till);

    /** Cases with one of the statuses, per responsible section (null before a section is chosen). */
    @Query("select a.ansvarigSektion, count(a) from Arende a where a.status in :statusar group by a.ansvarigSektion")
    List<Object[]> antalPerSektion(@Param("statusar") Collection<ArendeStatus> statusar);

    @Query("select a.ansvarigSektion, count(a) from Arende a where a.ansokningsdatum >= :fran group by a.ansvarigSektion")
    List<Object[]> ansoktaPerSektionFran(@Param("fran") LocalDate fran);

    @Query("select a.ansvarigSektion, count(a) from Arende a where a.avslutad >= :fran group by a.ansvarigSektion")
    List<Object[]> avslutadePerSektionFran(@Param("fran") LocalDate fran);

    /** The case row, locked for writing until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Arende a where a.id = :id")
    Optional<Arende> lasRaden(@Param("id") Long id);
}
