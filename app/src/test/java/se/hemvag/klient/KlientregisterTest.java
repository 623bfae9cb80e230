package se.hemvag.klient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * The client register on its own (a JPA slice on H2 with the Flyway schema, no engine, no web): who
 * gets which identity, and when a person without papers is refused a second reserve number.
 */
@DataJpaTest
@Import(Klientregister.class)
class KlientregisterTest {

    @Autowired Klientregister register;
    @Autowired Clock clock;

    private static KlientUppgifter utanPapper(LocalDate fodd, String fornamn, String efternamn, boolean nyPerson) {
        return new KlientUppgifter(null, fodd, Kon.KVINNA, fornamn, efternamn, null, nyPerson);
    }

    @Test
    void personnummerGerSammaKlientVarjeGangOchKonetFranNumret() {
        String nummer = Identitetsnummer.syntetiskt(LocalDate.of(1971, 3, 4), 123, Kon.MAN);
        Klient forsta = register.hittaEllerRegistrera(new KlientUppgifter(nummer, null, null, "Olle", "Ek", null, false));
        Klient igen = register.hittaEllerRegistrera(new KlientUppgifter(nummer, null, null, "Olle", "Ek", "070-1", false));
        assertThat(igen.getId()).isEqualTo(forsta.getId());
        assertThat(igen.getKon()).isEqualTo(Kon.MAN);
        assertThat(igen.getIdentitetstyp()).isEqualTo(Identitetstyp.PERSONNUMMER);
    }

    @Test
    void reservnummerBorjarMedFodelsedatumetOchGesInteTvaGangerUtanAttFraga() {
        LocalDate fodd = LocalDate.of(1980, 5, 6);
        Klient klient = register.hittaEllerRegistrera(utanPapper(fodd, "Saga", "Utan Papper", false));
        assertThat(klient.getIdentitetsnummer()).matches("19800506-R\\d{3,}");

        assertThatThrownBy(() -> register.hittaEllerRegistrera(utanPapper(fodd, " saga ", "utan  papper", false)))
                .isInstanceOf(OgiltigIdentitetException.class).hasMessageContaining(klient.getIdentitetsnummer());
        Klient annan = register.hittaEllerRegistrera(utanPapper(fodd, "Saga", "Utan Papper", true));
        assertThat(annan.getIdentitetsnummer()).isNotEqualTo(klient.getIdentitetsnummer());
        assertThat(register.sokUtanPersonnummer(fodd, Kon.KVINNA, "sag", null)).hasSize(2);
    }

    @Test
    void ettGivetReservnummerMasteFinnasOchHoraTillFodelsedatumet() {
        Klient klient = register.hittaEllerRegistrera(utanPapper(LocalDate.of(1990, 1, 2), "Nora", "Nummer", false));
        assertThat(register.hittaEllerRegistrera(new KlientUppgifter(klient.getIdentitetsnummer(), null, null, null, null,
                null, false)).getId()).isEqualTo(klient.getId());
        assertThatThrownBy(() -> register.hittaEllerRegistrera(new KlientUppgifter(klient.getIdentitetsnummer(),
                LocalDate.of(1990, 1, 3), null, null, null, null, false))).hasMessageContaining("annat födelsedatum");
        assertThatThrownBy(() -> register.hittaEllerRegistrera(new KlientUppgifter("19900102-R99999", null, null, null, null,
                null, false))).hasMessageContaining("finns inte");
    }

    @Test
    void utanPapperKravsFodelsedatumIDagEllerTidigareOchKon() {
        assertThatThrownBy(() -> register.hittaEllerRegistrera(utanPapper(null, "A", "B", false)))
                .hasMessageContaining("födelsedatum");
        assertThatThrownBy(() -> register.hittaEllerRegistrera(utanPapper(LocalDate.now(clock).plusDays(1), "A", "B", false)))
                .hasMessageContaining("framtiden");
        assertThatThrownBy(() -> register.hittaEllerRegistrera(new KlientUppgifter(null, LocalDate.of(1996, 6, 1), null, "A", "B",
                null, false))).hasMessageContaining("kön");
    }
}
