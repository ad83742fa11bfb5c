package vn.langso.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import javax.net.ssl.SSLSession;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.langso.support.DemoUsers;
import vn.langso.support.SelfSignedCertificate;

/**
 * HSTS where it matters: the app terminating TLS itself ({@code server.ssl.*}, a certificate keytool makes for this
 * run), with no proxy in front (no forwarded headers are believed). The same app also listens on a plain HTTP port,
 * so the two schemes are compared on one app. Lines starting with {@code SIGN-IN headers} are quoted in
 * docs/SECURITY.md.
 */
@Import(StrictTransportSecurityOverRealTlsIT.PlainHttpToo.class)
class StrictTransportSecurityOverRealTlsIT extends OverHttp {

    static final String HSTS = "max-age=31536000 ; includeSubDomains";

    private static final SelfSignedCertificate CERTIFICATE = SelfSignedCertificate.forLocalhost();

    @DynamicPropertySource
    static void servedOverTls(DynamicPropertyRegistry registry) {
        CERTIFICATE.serverSettings().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:langso-over-tls;DB_CLOSE_DELAY=-1");
        registry.add("server.forward-headers-strategy", () -> "none");
    }

    /** A second, plain HTTP connector on a port of its own, next to the HTTPS one Spring Boot makes. */
    static class PlainHttpToo {
        final Connector connector = new Connector();

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> plainHttpConnector() {
            connector.setPort(0);
            return factory -> factory.addAdditionalConnectors(connector);
        }
    }

    @Autowired
    PlainHttpToo plainHttp;

    @Test
    void everyAnswerOverHttpsCarriesHstsAndThePolicy() {
        HttpVisitor phone = new HttpVisitor("https://localhost:" + port, null,
                HttpClient.newBuilder().sslContext(CERTIFICATE.trustingIt()));
        HttpResponse<String> signInPage = phone.get("/login");
        assertThat(signInPage.statusCode()).isEqualTo(200);
        SSLSession tls = signInPage.sslSession().orElseThrow();
        assertThat(signInPage.headers().allValues("Strict-Transport-Security")).containsExactly(HSTS);
        SecurityHeadersIT.assertPageHeaders(signInPage.headers(), "/login over HTTPS");
        String cookie = sessionCookie(signInPage);
        assertThat(cookie).as("the session cookie over HTTPS").contains("; Secure", "; HttpOnly");

        assertThat(phone.signIn(DemoUsers.TEAM_MEMBER, DEMO_PASSWORD)).isTrue();
        for (String page : new String[] {"/households", "/account", "/api/worklist"}) {
            HttpResponse<String> response = phone.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().allValues("Strict-Transport-Security")).as(page).containsExactly(HSTS);
            assertThat(response.headers().firstValue("Cache-Control")).as(page).hasValueSatisfying(
                    value -> assertThat(value).contains("no-store"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(page).contains("nosniff");
        }
        assertThat(phone.get("/api/worklist").body()).as("the worklist holds households").contains("headName");
        SecurityHeadersIT.assertPageHeaders(phone.get("/households").headers(), "/households over HTTPS");
        System.out.printf("SIGN-IN headers over real TLS (%s, %s): Strict-Transport-Security: %s on /login, "
                + "/households, /account, /api/worklist; session cookie JSESSIONID=…%s%n", tls.getProtocol(),
                tls.getCipherSuite(), HSTS, cookie.substring(cookie.indexOf(';')));
    }

    @Test
    void theSameAppOverPlainHttpSendsNoHsts() {
        int plainPort = plainHttp.connector.getLocalPort();
        assertThat(plainPort).isPositive().isNotEqualTo(port);
        HttpVisitor phone = new HttpVisitor("http://localhost:" + plainPort, null, HttpClient.newBuilder());
        HttpResponse<String> signInPage = phone.get("/login");
        assertThat(signInPage.statusCode()).isEqualTo(200);
        assertThat(signInPage.sslSession()).isEmpty();
        assertThat(signInPage.headers().firstValue("Strict-Transport-Security")).as("/login over HTTP").isEmpty();
        SecurityHeadersIT.assertPageHeaders(signInPage.headers(), "/login over HTTP");
        assertThat(sessionCookie(signInPage)).as("the session cookie over HTTP").doesNotContain("Secure");
        // Without a proxy the app believes no forwarded header: claiming HTTPS does not make plain HTTP secure.
        assertThat(phone.get("/login", "X-Forwarded-Proto", "https").headers()
                .firstValue("Strict-Transport-Security")).as("/login over HTTP, claiming HTTPS").isEmpty();

        assertThat(phone.signIn(DemoUsers.TEAM_MEMBER, DEMO_PASSWORD)).isTrue();
        HttpResponse<String> households = phone.get("/households");
        assertThat(households.statusCode()).isEqualTo(200);
        assertThat(households.headers().firstValue("Strict-Transport-Security")).as("/households over HTTP").isEmpty();
        System.out.printf("SIGN-IN headers over plain HTTP on the same app (port %d): no Strict-Transport-Security on "
                + "/login, /households, nor with a forged X-Forwarded-Proto: https%n", plainPort);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
    }
}
