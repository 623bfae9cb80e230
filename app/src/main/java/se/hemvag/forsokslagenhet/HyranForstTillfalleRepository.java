package se.hemvag.forsokslagenhet;

import org.springframework.data.jpa.repository.JpaRepository;

interface HyranForstTillfalleRepository extends JpaRepository<HyranForstTillfalle, Long> {
}
