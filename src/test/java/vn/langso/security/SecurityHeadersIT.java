package vn.langso.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import org.junit.jupiter.api.Test;
import vn.langso.support.DemoUsers;

/** The headers real responses carry, signed out and signed in, over HTTP and (through the proxy) over HTTPS. */
class SecurityHeadersIT extends OverHttp {

    @Test
    void everyPageCarriesThePolicyAndIsNeverStored() {
        HttpVisitor phone = from("203.0.113.121");
        assertPageHeaders(phone.get("/login").headers(), "/login");
        assertThat(phone.signIn(DemoUsers.TEAM_MEMBER, DEMO_PASSWORD)).isTrue();
        for (String page : new String[] {"/", "/households", "/account"}) {
            var response = phone.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertPageHeaders(response.headers(), page);
        }
        System.out.println("SIGN-IN headers: Content-Security-Policy: " + SecurityConfig.CONTENT_SECURITY_POLICY);
    }

    @Test
    void theVisitScreensDataWithNamesAndPhonesIsNeverStored() {
        HttpVisitor phone = from("203.0.113.122");
        assertThat(phone.signIn(DemoUsers.TEAM_MEMBER, DEMO_PASSWORD)).isTrue();
        for (String api : new String[] {"/api/worklist", "/api/session"}) {
            var response = phone.get(api);
            assertThat(response.statusCode()).as(api).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(api).hasValueSatisfying(
                    value -> assertThat(value).contains("no-store"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(api).contains("nosniff");
        }
    }

    @Test
    void strictTransportSecurityIsSentOverHttpsOnly() {
        var plain = from("203.0.113.123").get("/login");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).as("over plain HTTP").isEmpty();
        var secure = from("203.0.113.123").get("/login", "X-Forwarded-Proto", "https");
        assertThat(secure.headers().firstValue("Strict-Transport-Security"))
                .contains("max-age=31536000 ; includeSubDomains");
        System.out.println("SIGN-IN headers: Strict-Transport-Security: "
                + secure.headers().firstValue("Strict-Transport-Security").orElseThrow() + " (HTTPS only)");
    }

    /** The headers of docs/SECURITY.md's table that every page carries, whatever the scheme. */
    static void assertPageHeaders(HttpHeaders headers, String page) {
        assertThat(headers.firstValue("Content-Security-Policy")).as(page)
                .contains(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(SecurityConfig.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'self'", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'");
        assertThat(headers.firstValue("Cache-Control")).as(page).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        assertThat(headers.firstValue("X-Content-Type-Options")).as(page).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(page).contains("same-origin");
        assertThat(headers.firstValue("X-Frame-Options")).as(page).contains("SAMEORIGIN");
    }
}
