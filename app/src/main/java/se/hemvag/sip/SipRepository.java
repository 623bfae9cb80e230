package se.hemvag.sip;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SipRepository extends JpaRepository<Sip, Long> {

    List<Sip> findByArendeIdOrderById(Long arendeId);

    List<Sip> findByArendeIdInOrderById(Collection<Long> arendeIds);

    boolean existsByArendeIdAndStatusIn(Long arendeId, Collection<SipStatus> status);
}
