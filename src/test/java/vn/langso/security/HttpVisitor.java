package vn.langso.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One browser as the server sees it: its own cookies, and the network address it comes from, which the reverse
 * proxy in front of the app tells in X-Forwarded-For (the app trusts that header from the proxy's address only).
 */
final class HttpVisitor {

    /** For attackers, who send each guess afresh and keep no cookies: one client, so one connection pool. */
    private static final HttpClient WITHOUT_COOKIES = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final String base;
    private final String address;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    HttpVisitor(int port, String address, boolean keepsCookies) {
        this("http://localhost:" + port, address, keepsCookies ? HttpClient.newBuilder() : null);
    }

    /**
     * A browser at this address that reaches the app at {@code base} (e.g. {@code https://localhost:8443}) with a
     * client made from {@code client} (e.g. one trusting a test certificate); null: an attacker's, without cookies.
     */
    HttpVisitor(String base, String address, HttpClient.Builder client) {
        this.base = base;
        this.address = address;
        this.client = client == null ? WITHOUT_COOKIES
                : client.cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Posts the sign-in form as the browser does; true when the app let them in (it redirects to the app). */
    boolean signIn(String username, String password) {
        HttpResponse<String> response = send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password))));
        if (response.statusCode() != 302) {
            throw new AssertionError("The sign-in form answered " + response.statusCode());
        }
        return !response.headers().firstValue("Location").orElseThrow().contains("/login");
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** A signed-in JSON call as the visit screen makes it, with the CSRF token /api/session gives. */
    HttpResponse<String> postJson(String path, String json) {
        return send(withCsrfToken(request(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Signs out the way the app's sign-out does (Spring Security's logout, with the CSRF token). */
    HttpResponse<String> signOut() {
        return send(withCsrfToken(request("/logout")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The CSRF token the visit screen reads from /api/session, in the header it names. */
    private HttpRequest.Builder withCsrfToken(HttpRequest.Builder request) {
        String session = get("/api/session").body();
        String token = session.replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
        String header = session.replaceAll(".*\"csrfHeader\":\"([^\"]+)\".*", "$1");
        return request.header(header, token);
    }

    /** Vaadin's heartbeat, which an open tab sends on its own every few minutes. */
    HttpResponse<String> heartbeat() {
        return send(request("/?v-r=heartbeat&v-uiId=0").header("Content-Type", "text/plain;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The visit screen's "who am I" call: 200 while signed in, 401 once the session is gone. */
    int session() {
        return get("/api/session").statusCode();
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Another browser that presents this one's session cookie (someone who copied it). */
    HttpVisitor withSessionOf(String sessionId) {
        HttpCookie cookie = new HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
        return this;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
