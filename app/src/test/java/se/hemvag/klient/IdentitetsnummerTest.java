package se.hemvag.klient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentitetsnummerTest {

    private static final LocalDate IDAG = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @ValueSource(strings = {"19850312-9887", "198503129887", "850312-9887", "8503129887", " 850312 9887 "})
    void personnummerITioEllerTolvSiffrorTolkasLika(String text) {
        Identitetsnummer id = Identitetsnummer.tolka(text, IDAG);

        assertThat(id.typ()).isEqualTo(Identitetstyp.PERSONNUMMER);
        assertThat(id.nummer()).isEqualTo("19850312-9887");
        assertThat(id.fodelsedatum()).isEqualTo(LocalDate.of(1985, 3, 12));
    }

    @Test
    void samordningsnummerHarDagPlusSextio() {
        String nummer = "19850372-" + "988" + Identitetsnummer.luhn("850372988");

        Identitetsnummer id = Identitetsnummer.tolka(nummer, IDAG);

        assertThat(id.typ()).isEqualTo(Identitetstyp.SAMORDNINGSNUMMER);
        assertThat(id.fodelsedatum()).isEqualTo(LocalDate.of(1985, 3, 12));
    }

    @Test
    void tioSiffrorMedPlusArHundraArEllerAldre() {
        String nummer = "250101+980" + Identitetsnummer.luhn("250101980");

        assertThat(Identitetsnummer.tolka(nummer, IDAG).fodelsedatum()).isEqualTo(LocalDate.of(1925, 1, 1));
        assertThat(Identitetsnummer.tolka(nummer.replace('+', '-'), IDAG).fodelsedatum())
                .isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void felKontrollsiffraGerBegripligtFel() {
        assertThatThrownBy(() -> Identitetsnummer.tolka("19850312-9882", IDAG))
                .isInstanceOf(OgiltigIdentitetException.class)
                .hasMessageContaining("Kontrollsiffran");
    }

    @Test
    void omojligtDatumAvvisas() {
        String nummer = "19850231-980" + Identitetsnummer.luhn("850231980");

        assertThatThrownBy(() -> Identitetsnummer.tolka(nummer, IDAG))
                .isInstanceOf(OgiltigIdentitetException.class)
                .hasMessageContaining("inget giltigt datum");
    }

    @Test
    void fodelsedatumIFramtidenAvvisas() {
        String nummer = "20300101-980" + Identitetsnummer.luhn("300101980");

        assertThatThrownBy(() -> Identitetsnummer.tolka(nummer, IDAG)).hasMessageContaining("framtiden");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1985-03-12", "19850312-98", "19850312/9887", "1234567890123"})
    void felFormatAvvisas(String text) {
        assertThatThrownBy(() -> Identitetsnummer.tolka(text, IDAG))
                .isInstanceOf(OgiltigIdentitetException.class)
                .hasMessageContaining("fel format");
    }

    @Test
    void syntetiskaNummerArGiltigaOchGerRattKon() {
        LocalDate fodd = LocalDate.of(1990, 6, 15);
        for (int i = 0; i < 10; i++) {
            Identitetsnummer kvinna = Identitetsnummer.tolka(Identitetsnummer.syntetiskt(fodd, i, Kon.KVINNA), IDAG);
            Identitetsnummer man = Identitetsnummer.tolka(Identitetsnummer.syntetiskt(fodd, i, Kon.MAN), IDAG);
            assertThat(kvinna.fodelsedatum()).isEqualTo(fodd);
            assertThat(kvinna.nummer().charAt(11) % 2).isZero();
            assertThat(man.nummer().charAt(11) % 2).isOne();
        }
    }
}
