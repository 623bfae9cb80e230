package se.hemvag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import se.hemvag.ansokan.NyAnsokan;
import se.hemvag.tillhorighet.TillhorighetProcessen;

/**
 * A case's first steps as the outside sees them, through the app's REST API as Hemlöshetsmottagningen:
 * an application registered, the case read, the belonging investigation claimed and completed. Each
 * step gives the HTTP answer, so a harness can tell what the app acknowledged.
 */
public final class Reststeg {

    public static final String MOTTAGNINGEN = "handlaggare-mottagningen";
    private static final String LOSENORD = "demo";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final Http http;

    public Reststeg(Http http) {
        this.http = http;
    }

    public HttpResponse<String> registrera(NyAnsokan ansokan) {
        try {
            return http.postJson("/api/ansokningar", MOTTAGNINGEN, LOSENORD, JSON.writeValueAsString(ansokan));
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
        return http.get("/api/arenden/" + arendenummer, MOTTAGNINGEN, LOSENORD);
    }

    /** The case's open belonging investigation, or null when there is none. */
    public String tillhorighetsutredningen(String arendenummer) {
        HttpResponse<String> svar = http.get("/engine-rest/task?processInstanceBusinessKey=" + arendenummer
                + "&taskDefinitionKey=" + TillhorighetProcessen.TASK_TILLHORIGHETSUTREDNING, MOTTAGNINGEN, LOSENORD);
        if (svar.statusCode() != 200) {
            throw new IllegalStateException("Uppgiftsfrågan svarade " + svar.statusCode() + ": " + svar.body());
        }
        JsonNode uppgifter = las(svar.body());
        return uppgifter.isEmpty() ? null : uppgifter.get(0).get("id").asText();
    }

    public HttpResponse<String> tilldelaSig(String uppgift) {
        return http.postJson("/engine-rest/task/" + uppgift + "/claim", MOTTAGNINGEN, LOSENORD,
                "{\"userId\":\"" + MOTTAGNINGEN + "\"}");
    }

    /** Belongs to EFH, acutely homeless, with a need in the field of addiction. */
    public HttpResponse<String> slutforTillhorighetsutredningen(String uppgift) {
        return http.postJson("/engine-rest/task/" + uppgift + "/complete", MOTTAGNINGEN, LOSENORD, """
                {"variables": {
                  "kontaktStadsdel": {"value": "nej", "type": "String"},
                  "kontaktBarn": {"value": "nej", "type": "String"},
                  "hemloshetssituation": {"value": "AKUT_HEMLOS", "type": "String"},
                  "behovMissbruk": {"value": true, "type": "Boolean"}}}""");
    }

    public static JsonNode las(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Inte JSON: " + json, e);
        }
    }
}
