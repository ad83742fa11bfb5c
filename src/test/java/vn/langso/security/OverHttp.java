package vn.langso.security;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app on a port of its own, as deployed behind a reverse proxy (it trusts X-Forwarded-For and
 * X-Forwarded-Proto from the proxy's address, here the test itself), on a database of its own so that the failed
 * sign-ins counted here touch no other test. Sessions end after 4 s idle and 10 s in all, so the tests can wait
 * for it (production: 30 min and 12 h); a session looks at its account every 2 s (production: 1 min).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:langso-over-http;DB_CLOSE_DELAY=-1",
        "server.forward-headers-strategy=native",
        "langso.security.session.idle-timeout=PT4S", "langso.security.session.absolute-timeout=PT10S",
        "langso.security.session.account-recheck=PT2S"})
@ActiveProfiles("test")
abstract class OverHttp {

    static final String DEMO_PASSWORD = "langso2026";

    @LocalServerPort
    int port;

    /** A browser at this address. */
    HttpVisitor from(String address) {
        return new HttpVisitor(port, address, true);
    }

    /** Someone who only posts the sign-in form, without a browser (no cookies kept). */
    HttpVisitor attackerAt(String address) {
        return new HttpVisitor(port, address, false);
    }
}
