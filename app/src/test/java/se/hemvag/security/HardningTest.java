package se.hemvag.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hemvag.HemvagSpringTest;
import se.hemvag.Http;

/** Hardening: no default passwords outside the demo profile, safe headers, bounded requests. */
@HemvagSpringTest
class HardningTest {

    @LocalServerPort int port;

    @Test
    void utanforDemoprofilenStartarAppenInteUtanEttRiktigtAdministratorslosenord() {
        assertThatThrownBy(() -> Startkontroll.kontrollera("", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("HEMVAG_ADMIN_PASSWORD");
        assertThatThrownBy(() -> Startkontroll.kontrollera("admin", null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Startkontroll.kontrollera("admin", "demo")).hasMessageContaining("minst 12 tecken");
        assertThatThrownBy(() -> Startkontroll.kontrollera("admin", "kort")).hasMessageContaining("minst 12 tecken");
        assertThatCode(() -> Startkontroll.kontrollera("admin", "ett-langt-hemligt-losenord")).doesNotThrowAnyException();
    }

    @Test
    void apietsSvarFarInteCachasSniffasEllerRamas() {
        HttpResponse<String> svar = new Http(port).get("/api/arenden/2026-99999", "handlaggare-vuxen", "demo");

        assertThat(svar.statusCode()).isEqualTo(404);
        assertThat(svar.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(svar.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(svar.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(svar.headers().firstValue("Content-Security-Policy")).get().asString().contains("frame-ancestors 'none'");
        assertThat(new Http(port).get("/engine-rest/task", "handlaggare-vuxen", "demo").headers()
                .firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void enForStorBegaranAvvisasMedEttBegripligtSvar() {
        String stor = "{\"anteckning\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}";

        HttpResponse<String> svar = new Http(port).postJson("/api/ansokningar", "handlaggare-mottagningen", "demo", stor);

        assertThat(svar.statusCode()).isEqualTo(413);
        assertThat(svar.body()).contains("För stor begäran");
    }
}
