package se.hemvag;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Logged in to a webapp (Tasklist, Cockpit, Admin) as the browser is: the session cookie and the
 * CSRF token the webapps expect back in a header, for calls to the webapps' own APIs.
 */
public final class Webbsession {

    private final HttpClient klient;
    private final CookieManager kakor;
    private final String bas;

    private Webbsession(HttpClient klient, CookieManager kakor, String bas) {
        this.klient = klient;
        this.kakor = kakor;
        this.bas = bas;
    }

    /** Logs in to the webapp ("tasklist", "cockpit", "admin"); fails with the webapp's answer if refused. */
    public static Webbsession loggaIn(int port, String webbapp, String anvandare, String losenord) {
        CookieManager kakor = new CookieManager();
        Webbsession session = new Webbsession(HttpClient.newBuilder().cookieHandler(kakor).build(), kakor,
                "http://localhost:" + port);
        String sidan = session.bas + "/camunda/app/" + webbapp + "/default/";
        session.skicka(HttpRequest.newBuilder(URI.create(sidan)).GET());
        HttpResponse<String> inloggning = session.skicka(HttpRequest.newBuilder(URI.create(session.bas
                        + "/camunda/api/admin/auth/user/default/login/" + webbapp))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + anvandare + "&password=" + losenord)));
        if (inloggning.statusCode() != 200) {
            throw new IllegalStateException(anvandare + " kunde inte logga in i " + webbapp + ": " + inloggning.body());
        }
        // the login begins a new session; its CSRF token comes with the next answer, as when the browser goes on
        session.skicka(HttpRequest.newBuilder(URI.create(sidan)).GET());
        return session;
    }

    public HttpResponse<String> get(String sokvag) {
        return skicka(HttpRequest.newBuilder(URI.create(bas + sokvag)).header("Accept", "application/json").GET());
    }

    /** As Tasklist asks for a task list: HAL, with the filter's variables embedded. */
    public HttpResponse<String> postHal(String sokvag, String json) {
        return skicka(HttpRequest.newBuilder(URI.create(bas + sokvag)).header("Accept", "application/hal+json")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The token is read afresh each time: the login starts a new session with a new one. */
    private HttpResponse<String> skicka(HttpRequest.Builder begaran) {
        kakor.getCookieStore().getCookies().stream().filter(k -> k.getName().equals("XSRF-TOKEN")).findFirst()
                .map(HttpCookie::getValue).ifPresent(token -> begaran.header("X-XSRF-TOKEN", token));
        try {
            return klient.send(begaran.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
