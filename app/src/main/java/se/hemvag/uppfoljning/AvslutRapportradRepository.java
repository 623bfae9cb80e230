package se.hemvag.uppfoljning;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AvslutRapportradRepository extends JpaRepository<AvslutRapportrad, Long> {
}
