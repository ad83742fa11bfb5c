package vn.langso.support;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * A phone that speaks Vaadin Flow's protocol over plain HTTP, without a browser: it signs in with the sign-in form,
 * loads the page, asks for a UI ({@code ?v-r=init}) and navigates it to the route ({@code ui-navigate} in a UIDL
 * request), exactly as the browser's Vaadin client does, so the screen and its components exist on the server. It
 * keeps nothing but the session cookie, the UI id, its security key and the message counters.
 */
public final class VaadinPhone {

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");

    private final HttpClient http;
    private final String base;
    private String sessionId;
    private int uiId = -1;
    private String securityKey;
    private int syncId;
    private int clientId;

    /** {@code http} must not follow redirects and needs no cookie handler: the phone keeps its own cookie. */
    public VaadinPhone(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    public static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** Posts the sign-in form; the session it gets is this phone's from now on. */
    public VaadinPhone signIn(String username, String password) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in of " + username + " refused: " + response.statusCode() + " "
                    + location);
        }
        return this;
    }

    /**
     * Opens a screen as the browser does: the page, then a UI, then the navigation to the route. Returns the
     * navigation's response (the screen's first UIDL).
     */
    public String open(String route) {
        send(request("/" + route).GET());
        String encoded = URLEncoder.encode(route, StandardCharsets.UTF_8);
        String init = send(request("/?v-r=init&location=" + encoded + "&query=&v-bw=360&v-bh=800&v-wh=800&v-ww=360"
                + "&v-td=true&v-pr=2&v-tzid=Asia%2FHo_Chi_Minh").GET()).body();
        uiId = Integer.parseInt(find(UI_ID, init, "the UI id"));
        securityKey = find(SECURITY_KEY, init, "the security key");
        syncId = Integer.parseInt(find(SYNC_ID, init, "the sync id"));
        clientId = 0;
        return uidl("[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]");
    }

    /** One UIDL request with these RPC calls (a JSON array); returns the server's answer. */
    public String uidl(String rpc) {
        String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":" + rpc + ",\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> response = send(request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        String answer = response.body();
        Matcher sync = SYNC_ID.matcher(answer);
        if (sync.find()) {
            syncId = Integer.parseInt(sync.group(1));
        }
        Matcher client = CLIENT_ID.matcher(answer);
        if (client.find()) {
            clientId = Integer.parseInt(client.group(1));
        }
        return answer;
    }

    /** The heartbeat an open screen sends while the phone is on; returns the HTTP status. */
    public int heartbeat() {
        return send(request("/?v-r=heartbeat&v-uiId=" + uiId)
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode();
    }

    /** A plain GET in this phone's session (what a screen's own script fetches); returns the answer. */
    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** The HTTP session id the server gave at sign-in. */
    public String sessionId() {
        return sessionId;
    }

    public int uiId() {
        return uiId;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (sessionId != null) {
            builder.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(cookie -> {
                Matcher matcher = SESSION_COOKIE.matcher(cookie);
                if (matcher.find()) {
                    sessionId = matcher.group(1);
                }
            });
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + what + " in: " + text.substring(0, Math.min(300, text.length())));
        }
        return matcher.group(1);
    }
}
