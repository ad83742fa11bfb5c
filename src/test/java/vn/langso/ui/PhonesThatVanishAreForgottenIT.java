package vn.langso.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.lang.ref.WeakReference;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.session.ManagerBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.support.DemoUsers;
import vn.langso.support.VaadinPhone;

/**
 * A team member's phone goes dark in the middle of the visit form (screen off, tab killed, out of signal) while a
 * learner's phone stays on its lesson. Over real HTTP: once the dark phone has missed its heartbeats its screen is
 * removed and, when its session times out, the session and all its memory go; the phone that keeps sending heartbeats
 * keeps both. To stay quick and deterministic on a busy machine, the dark screen's last heartbeat is set back by 3.1
 * heartbeat intervals plus a second (Vaadin's own test of a missed heartbeat) instead of waiting 3 minutes, the two
 * sessions time out after {@value #SESSION_TIMEOUT_SECONDS} s instead of 30 minutes, and the sweep and Tomcat's expiry
 * check, which run in the background in production, are called at chosen moments.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PhonesThatVanishAreForgottenIT {

    private static final int SESSION_TIMEOUT_SECONDS = 5;

    @LocalServerPort
    int port;

    @Autowired
    VanishedPhones vanishedPhones;

    @Autowired
    WebServerApplicationContext web;

    @Test
    void aPhoneThatStopsHeartbeatingIsFreedWhileOneThatKeepsHeartbeatingStays() throws Exception {
        HttpClient http = VaadinPhone.client();
        String base = "http://localhost:" + port;
        VaadinPhone dark = new VaadinPhone(http, base).signIn(DemoUsers.TEAM_MEMBER, DemoUsers.PASSWORD);
        assertThat(dark.open("households")).contains("visit-app");
        VaadinPhone on = new VaadinPhone(http, base).signIn(DemoUsers.LEARNER, DemoUsers.PASSWORD);
        assertThat(on.open("lessons/fake-links-and-prize-messages")).contains("lesson-counter");

        // Tomcat takes the session timeout in whole minutes; the test shortens both sessions' own timeout instead.
        session(dark).getSession().setMaxInactiveInterval(SESSION_TIMEOUT_SECONDS);
        session(on).getSession().setMaxInactiveInterval(SESSION_TIMEOUT_SECONDS);
        WeakReference<VaadinSession> darkSession = new WeakReference<>(session(dark));
        WeakReference<UI> darkScreen = new WeakReference<>(screens(session(dark)).getFirst());

        // The dark phone sends nothing more: its last heartbeat is over 3.1 intervals old, and longer ago than its
        // session timeout. The other phone goes on heartbeating.
        VaadinSession darkVaadinSession = session(dark);
        long heartbeatMs = darkVaadinSession.getService().getDeploymentConfiguration().getHeartbeatInterval() * 1000L;
        darkVaadinSession.accessSynchronously(() -> darkScreen.get().getInternals()
                .setLastHeartbeatTimestamp(System.currentTimeMillis() - (long) (3.1 * heartbeatMs) - 1000));
        darkVaadinSession = null;
        long silentUntil = System.currentTimeMillis() + (SESSION_TIMEOUT_SECONDS + 2) * 1000L;
        while (System.currentTimeMillis() < silentUntil) {
            assertThat(on.heartbeat()).as("the phone that stays on gets its heartbeat answered").isEqualTo(200);
            Thread.sleep(500);
        }

        vanishedPhones.sweep();
        assertThat(screens(darkSession.get())).as("the dark phone's visit form").isEmpty();
        assertThat(screens(session(on))).as("the lesson on the phone that stayed on").hasSize(1);

        tomcatSessions().processExpires();
        assertThat(vanishedPhones.openSessions()).as("sessions alive after the timeout")
                .noneMatch(session -> session.getSession() == null
                        || dark.sessionId().equals(session.getSession().getId()))
                .anyMatch(session -> on.sessionId().equals(session.getSession().getId()));
        for (int attempt = 0; attempt < 20 && (darkSession.get() != null || darkScreen.get() != null); attempt++) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(darkSession.get()).as("the dark phone's session, once memory is collected").isNull();
        assertThat(darkScreen.get()).as("the dark phone's screen, once memory is collected").isNull();

        assertThat(on.heartbeat()).isEqualTo(200);
        assertThat(on.uidl("[]")).as("the lesson still answers").doesNotContain("sessionExpired");
    }

    private VaadinSession session(VaadinPhone phone) {
        return vanishedPhones.openSessions().stream()
                .filter(session -> session.getSession() != null
                        && phone.sessionId().equals(session.getSession().getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no Vaadin session for " + phone.sessionId()));
    }

    private static List<UI> screens(VaadinSession session) {
        List<UI> screens = new ArrayList<>();
        session.accessSynchronously(() -> screens.addAll(session.getUIs()));
        return screens;
    }

    private ManagerBase tomcatSessions() {
        Context context = (Context) ((TomcatWebServer) web.getWebServer()).getTomcat().getHost().findChildren()[0];
        return (ManagerBase) context.getManager();
    }
}
