package se.hemvag.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.ContentCachingResponseWrapper;

/** The engine's 500s for what the caller did, as the caller gets them; the engine's own failures stay 500. */
class MotornsFelsvarTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ContentCachingResponseWrapper svar(String typ, String meddelande) throws Exception {
        ContentCachingResponseWrapper svar = new ContentCachingResponseWrapper(new MockHttpServletResponse());
        svar.setStatus(500);
        svar.getOutputStream().write(JSON.writeValueAsBytes(java.util.Map.of("type", typ, "message", meddelande)));
        return svar;
    }

    private static String meddelande(byte[] kropp) throws Exception {
        return JSON.readTree(new String(kropp, StandardCharsets.UTF_8)).get("message").asText();
    }

    @Test
    void tvaSomAndrarSammaSakSamtidigtFar409() throws Exception {
        ContentCachingResponseWrapper svar = svar("OptimisticLockingException",
                "ENGINE-03005 Execution of 'UPDATE TaskEntity[4711]' failed. Entity was updated by another transaction concurrently.");

        byte[] kropp = MotornsFelsvar.omTolka(svar);

        assertThat(svar.getStatus()).isEqualTo(409);
        assertThat(meddelande(kropp)).startsWith("Någon annan ändrade samma ärende samtidigt");
    }

    @Test
    void denSomSkickarEnUppgiftSomRedanArSlutfordFar404() throws Exception {
        ContentCachingResponseWrapper svar = svar("RestException",
                "Cannot submit task form 36: Cannot find task with id 36: task is null");

        byte[] kropp = MotornsFelsvar.omTolka(svar);

        assertThat(svar.getStatus()).isEqualTo(404);
        assertThat(meddelande(kropp)).startsWith("Uppgiften finns inte längre");
    }

    @Test
    void enKrockSomMotornRapporterarInnanstigenArOcksa409() throws Exception {
        ContentCachingResponseWrapper svar = svar("RestException", "Cannot submit task form 36: ENGINE-03005 Execution of"
                + " 'INSERT VariableInstanceEntity[36b2]' failed.");

        MotornsFelsvar.omTolka(svar);

        assertThat(svar.getStatus()).isEqualTo(409);
    }

    @Test
    void detSomInteFinnsFar404OchEttFelaktigtAnrop400() throws Exception {
        ContentCachingResponseWrapper saknas = svar("NullValueException", "no deployed process definition found with id 'x'");
        ContentCachingResponseWrapper ofullstandigt = svar("NullPointerException", "Cannot invoke \"Integer.intValue()\"");

        assertThat(MotornsFelsvar.omTolka(saknas)).isNotNull();
        assertThat(MotornsFelsvar.omTolka(ofullstandigt)).isNotNull();

        assertThat(saknas.getStatus()).isEqualTo(404);
        assertThat(ofullstandigt.getStatus()).isEqualTo(400);
    }

    @Test
    void hemvagsEgnaAvslagInneIMotornBehallerSinBetydelse() throws Exception {
        ContentCachingResponseWrapper konflikt = svar("KonfliktException",
                "Beslut om insatser kan bara fattas när utredningen pågår (ärendet är AVSLAG).");

        byte[] kropp = MotornsFelsvar.omTolka(konflikt);

        assertThat(konflikt.getStatus()).isEqualTo(409);
        assertThat(meddelande(kropp)).startsWith("Beslut om insatser kan bara fattas");
    }

    @Test
    void motornsEgnaFelForblir500() throws Exception {
        ContentCachingResponseWrapper databasen = svar("PersistenceException", "Connection refused");

        assertThat(MotornsFelsvar.omTolka(databasen)).isNull();
        assertThat(databasen.getStatus()).isEqualTo(500);
    }

    @Test
    void hemvagsEgnaMeddelandenVisasUtanMotornsInledning() {
        assertThat(MotornsFelsvar.egetMeddelande("Cannot submit task form 5f2c-11aa: Ange klientens boendesituation."))
                .isEqualTo("Ange klientens boendesituation.");
        assertThat(MotornsFelsvar.egetMeddelande("Cannot instantiate process definition ArendeProcess:1:ab: Driftsättningen: a: b"))
                .isEqualTo("Driftsättningen: a: b");
        assertThat(MotornsFelsvar.egetMeddelande("Cannot submit task form 5f2c: Task is suspended")).isNull();
    }
}
