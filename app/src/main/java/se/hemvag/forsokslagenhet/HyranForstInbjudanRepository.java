package se.hemvag.forsokslagenhet;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HyranForstInbjudanRepository extends JpaRepository<HyranForstInbjudan, Long> {

    List<HyranForstInbjudan> findByTillfalleIdIsNullOrderById();

    List<HyranForstInbjudan> findByTillfalleIdOrderById(Long tillfalleId);
}
