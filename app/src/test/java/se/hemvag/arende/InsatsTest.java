package se.hemvag.arende;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.hemvag.klient.Kon;

/** An intervention ends with its case; it keeps the client's sex for the figures. */
class InsatsTest {

    private static final LocalDate AVSLUT = LocalDate.of(2026, 5, 10);

    private static Insats insats(LocalDate start, LocalDate slut) {
        Arende arende = mock(Arende.class);
        when(arende.getId()).thenReturn(7L);
        when(arende.getKon()).thenReturn(Kon.KVINNA);
        return new Insats(arende, Insatstyp.STODBOENDE, start, slut, "Stödboendet", 800, "vuxen", "handlaggare-vuxen");
    }

    @Test
    void enPagaendeInsatsSlutarDagenArendetAvslutas() {
        Insats insats = insats(LocalDate.of(2026, 1, 1), null);
        insats.avsluta(AVSLUT);
        assertThat(insats.getSlutdatum()).isEqualTo(AVSLUT);
        assertThat(insats.getArendeId()).isEqualTo(7L);
    }

    @Test
    void enInsatsSomRedanSlutatBehallerSittSlutdatum() {
        Insats insats = insats(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1));
        insats.avsluta(AVSLUT);
        assertThat(insats.getSlutdatum()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void enInsatsSomInteHannBorjaSlutarVidSinStartUtanDygn() {
        Insats insats = insats(LocalDate.of(2026, 6, 1), null);
        insats.avsluta(AVSLUT);
        assertThat(insats.getSlutdatum()).isEqualTo(LocalDate.of(2026, 6, 1));
    }
}
