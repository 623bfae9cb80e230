package se.hemvag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import se.hemvag.ansokan.NyAnsokan;
import se.hemvag.tillhorighet.TillhorighetProcessen;

/**
 * A case's steps as the outside sees them, through the app's REST API as one user (by default
 * Hemlöshetsmottagningen's demo caseworker): an application registered, the case read, a task found,
 * claimed and completed. Each step gives the HTTP answer, so a harness can tell what the app
 * acknowledged.
 */
public final class Reststeg {

    public static final String MOTTAGNINGEN = "handlaggare-mottagningen";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final Http http;
    private final String anvandare;
    private final String losenord;

    public Reststeg(Http http) {
        this(http, MOTTAGNINGEN, "demo");
    }

    public Reststeg(Http http, String anvandare, String losenord) {
        this.http = http;
        this.anvandare = anvandare;
        this.losenord = losenord;
    }

    public HttpResponse<String> registrera(NyAnsokan ansokan) {
        try {
            return http.postJson("/api/ansokningar", anvandare, losenord, JSON.writeValueAsString(ansokan));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A new test applicant's application. The demo's clients have numbers in the same test range, so
     * one may already have an open case (409): then the next applicant.
     */
    public HttpResponse<String> registreraNyKlient(int alder) {
        HttpResponse<String> svar = registrera(Testklienter.ansokan(alder));
        for (int forsok = 1; svar.statusCode() == 409 && forsok < 5; forsok++) {
            svar = registrera(Testklienter.ansokan(alder));
        }
        return svar;
    }

    public HttpResponse<String> lasArendet(String arendenummer) {
        return http.get("/api/arenden/" + arendenummer, anvandare, losenord);
    }

    /** The case's open belonging investigation, or null when there is none. */
    public String tillhorighetsutredningen(String arendenummer) {
        return uppgift(arendenummer, TillhorighetProcessen.TASK_TILLHORIGHETSUTREDNING);
    }

    /** The case's open task of this kind (in the case's process or one it called), or null when there is none. */
    public String uppgift(String arendenummer, String uppgiftsnyckel) {
        HttpResponse<String> svar = http.get("/engine-rest/task?processInstanceBusinessKey=" + arendenummer
                + "&taskDefinitionKey=" + uppgiftsnyckel, anvandare, losenord);
        if (svar.statusCode() != 200) {
            throw new IllegalStateException("Uppgiftsfrågan svarade " + svar.statusCode() + ": " + svar.body());
        }
        JsonNode uppgifter = las(svar.body());
        return uppgifter.isEmpty() ? null : uppgifter.get(0).get("id").asText();
    }

    public HttpResponse<String> tilldelaSig(String uppgift) {
        return http.postJson("/engine-rest/task/" + uppgift + "/claim", anvandare, losenord,
                "{\"userId\":\"" + anvandare + "\"}");
    }

    /** Belongs to EFH, acutely homeless, with a need in the field of addiction (Vuxensektionen's case). */
    public HttpResponse<String> slutforTillhorighetsutredningen(String uppgift) {
        return slutfor(uppgift, """
                "kontaktStadsdel": {"value": "nej", "type": "String"},
                "kontaktBarn": {"value": "nej", "type": "String"},
                "hemloshetssituation": {"value": "AKUT_HEMLOS", "type": "String"},
                "behovMissbruk": {"value": true, "type": "Boolean"}""");
    }

    /** Completes the task with the form's values, given as the engine's REST API takes them ({@code "namn": {"value": …}, …}). */
    public HttpResponse<String> slutfor(String uppgift, String variabler) {
        return http.postJson("/engine-rest/task/" + uppgift + "/complete", anvandare, losenord,
                "{\"variables\": {" + variabler + "}}");
    }

    /** The responsible section starts the closure. */
    public HttpResponse<String> begarAvslut(String arendenummer, String orsak) {
        return http.postJson("/api/arenden/" + arendenummer + "/avslut", anvandare, losenord, "{\"orsak\":\"" + orsak + "\"}");
    }

    public static JsonNode las(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Inte JSON: " + json, e);
        }
    }
}
