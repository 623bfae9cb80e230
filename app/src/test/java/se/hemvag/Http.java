package se.hemvag;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** A plain HTTP client against the running app, logged in with HTTP Basic or not at all. */
public final class Http {

    private final HttpClient klient = HttpClient.newHttpClient();
    private final String bas;

    public Http(int port) {
        this.bas = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String sokvag, String anvandare, String losenord) {
        return skicka(begaran(sokvag, anvandare, losenord).GET().build());
    }

    public HttpResponse<String> getCsv(String sokvag, String anvandare, String losenord) {
        return skicka(begaran(sokvag, anvandare, losenord).setHeader("Accept", "text/csv").GET().build());
    }

    /** One part of a multipart form: a field, or a file when it has a file name. */
    public record Del(String namn, String filnamn, byte[] innehall) {
    }

    /** A multipart form, as Camunda Modeler deploys: POST /engine-rest/deployment/create. */
    public HttpResponse<String> postMultipart(String sokvag, String anvandare, String losenord, List<Del> delar) {
        String grans = "----hemvag-" + System.nanoTime();
        ByteArrayOutputStream kropp = new ByteArrayOutputStream();
        for (Del del : delar) {
            String huvud = "--" + grans + "\r\nContent-Disposition: form-data; name=\"" + del.namn() + "\""
                    + (del.filnamn() != null ? "; filename=\"" + del.filnamn() + "\"\r\nContent-Type: application/octet-stream" : "")
                    + "\r\n\r\n";
            kropp.writeBytes(huvud.getBytes(StandardCharsets.UTF_8));
            kropp.writeBytes(del.innehall());
            kropp.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        kropp.writeBytes(("--" + grans + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(sokvag, anvandare, losenord, "multipart/form-data; boundary=" + grans, kropp.toByteArray());
    }

    /** Plain text, as Prometheus asks for its metrics. */
    public HttpResponse<String> getText(String sokvag, String anvandare, String losenord) {
        return skicka(begaran(sokvag, anvandare, losenord).setHeader("Accept", "text/plain").GET().build());
    }

    /** As Tasklist asks for a task list: HAL, with the filter's variables embedded. */
    public HttpResponse<String> postHal(String sokvag, String anvandare, String losenord, String json) {
        return skicka(begaran(sokvag, anvandare, losenord).setHeader("Accept", "application/hal+json")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> postJson(String sokvag, String anvandare, String losenord, String json) {
        return skicka(begaran(sokvag, anvandare, losenord).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> post(String sokvag, String anvandare, String losenord, String contentType, byte[] kropp) {
        return skicka(begaran(sokvag, anvandare, losenord).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(kropp)).build());
    }

    public HttpResponse<String> patchJson(String sokvag, String anvandare, String losenord, String json) {
        return skicka(begaran(sokvag, anvandare, losenord).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> put(String sokvag, String anvandare, String json) {
        return skicka(begaran(sokvag, anvandare, "demo").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> delete(String sokvag, String anvandare) {
        return skicka(begaran(sokvag, anvandare, "demo").DELETE().build());
    }

    private HttpRequest.Builder begaran(String sokvag, String anvandare, String losenord) {
        HttpRequest.Builder begaran = HttpRequest.newBuilder(URI.create(bas + sokvag)).header("Accept", "application/json");
        if (anvandare != null) {
            String inlogg = Base64.getEncoder().encodeToString((anvandare + ":" + losenord).getBytes(StandardCharsets.UTF_8));
            begaran.header("Authorization", "Basic " + inlogg);
        }
        return begaran;
    }

    private HttpResponse<String> skicka(HttpRequest begaran) {
        try {
            return klient.send(begaran, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
