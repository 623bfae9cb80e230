package se.hemvag;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of Hemväg's own API at /v3/api-docs; the engine's REST API has Camunda's own. */
@Configuration
class ApiBeskrivning {

    @Bean
    OpenAPI hemvagApi() {
        return new OpenAPI()
                .info(new Info().title("Hemväg API").version("1")
                        .description("Ärenden, ansökningar, SIP, försökslägenheter, ärendegenomgångar, åtkomstlogg och"
                                + " enhetens indikatorer (JSON och, där det står, CSV med Accept: text/csv)."
                                + " Inloggning med HTTP Basic mot Camundas användare."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
