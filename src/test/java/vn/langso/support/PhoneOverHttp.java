package vn.langso.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the offline visit screen does over the network (frontend/visits/sync.ts): signs in with the sign-in form,
 * fetches the session's CSRF token from {@code /api/session} and posts JSON to {@code /api/visits}.
 */
public final class PhoneOverHttp {

    private static final Pattern FIELD = Pattern.compile("\"(csrfHeader|csrfToken)\"\\s*:\\s*\"([^\"]*)\"");

    private final String base;
    private final String language;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private String csrfHeader;
    private String csrfToken;

    public record Answer(int status, String body, long millis) {
    }

    private PhoneOverHttp(int port, String language) {
        this.base = "http://localhost:" + port;
        this.language = language;
    }

    /** Signed in as a demo account, in Vietnamese. */
    public static PhoneOverHttp signedIn(int port, String username) throws IOException, InterruptedException {
        PhoneOverHttp phone = new PhoneOverHttp(port, "vi-VN,vi;q=0.9");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(DemoUsers.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> signIn = phone.client.send(HttpRequest.newBuilder(URI.create(phone.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (signIn.statusCode() != 302 || signIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("could not sign in as " + username + ": " + signIn.statusCode());
        }
        Answer session = phone.get("/api/session");
        Matcher fields = FIELD.matcher(session.body());
        while (fields.find()) {
            if (fields.group(1).equals("csrfHeader")) {
                phone.csrfHeader = fields.group(2);
            } else {
                phone.csrfToken = fields.group(2);
            }
        }
        return phone;
    }

    public Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** Posts a body as it is, with the content type given; the CSRF header as the visit screen sends it. */
    public Answer post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).header(csrfHeader, csrfToken)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Answer postVisits(String json) throws IOException, InterruptedException {
        return post("/api/visits", "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Accept-Language", language);
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(), (System.nanoTime() - started) / 1_000_000);
    }
}
