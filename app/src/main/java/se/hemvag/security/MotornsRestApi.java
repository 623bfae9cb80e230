package se.hemvag.security;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API (/engine-rest) as Camunda configures it, but a refusal says in Swedish
 * what happened instead of listing the engine's permissions, or what Hemväg's guard said.
 */
@Component
class MotornsRestApi extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(Nekad.class);
    }

    static class Nekad implements ExceptionMapper<AuthorizationException> {

        @Override
        public Response toResponse(AuthorizationException e) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", "AuthorizationException", "message", e instanceof NekadAvMotorvakten ? e.getMessage()
                            : "Du saknar behörighet för det här. Uppgifter och ärenden hör till den sektion som arbetar med dem."))
                    .build();
        }
    }
}
