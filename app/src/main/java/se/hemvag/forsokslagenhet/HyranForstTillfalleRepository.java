package se.hemvag.forsokslagenhet;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HyranForstTillfalleRepository extends JpaRepository<HyranForstTillfalle, Long> {
}
