package se.hemvag.klient;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface KlientRepository extends JpaRepository<Klient, Long> {

    Optional<Klient> findByIdentitetsnummer(String identitetsnummer);

    List<Klient> findByIdentitetstypAndFodelsedatumAndKonOrderById(Identitetstyp typ, LocalDate fodelsedatum, Kon kon);

    @Query(value = "SELECT NEXT VALUE FOR reservnummer_seq", nativeQuery = true)
    long nastaReservnummer();
}
