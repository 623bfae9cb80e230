package se.hemvag.sip;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SipUppfoljningRepository extends JpaRepository<SipUppfoljning, Long> {

    List<SipUppfoljning> findBySipIdOrderByDatum(Long sipId);

    List<SipUppfoljning> findBySipIdInOrderByDatumAscIdAsc(Collection<Long> sipIds);
}
