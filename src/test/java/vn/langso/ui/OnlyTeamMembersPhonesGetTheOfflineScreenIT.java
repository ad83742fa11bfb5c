package vn.langso.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.support.DemoUsers;
import vn.langso.support.VaadinPhone;

/**
 * The offline visit screen's service worker downloads about 350 KB when it starts (issue 8). Over real HTTP: the
 * sign-in page a first-time visitor opens does not register it, a team member's page does, and a learner's or a
 * leader's page removes one that an earlier visit left on the phone. (That the team member's screen still opens
 * with no signal is TeamMemberLogsVisitsOfflineIT.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OnlyTeamMembersPhonesGetTheOfflineScreenIT {

    private static final String REGISTERS = "navigator.serviceWorker.register(";
    private static final String REMOVES = "unregister()";

    @LocalServerPort
    int port;

    @Test
    void theSignInPageNeitherRegistersNorRemovesIt() throws Exception {
        HttpResponse<String> signIn = VaadinPhone.client().send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.body()).contains("<link rel=\"manifest\"").doesNotContain(REGISTERS).doesNotContain(REMOVES);
    }

    @Test
    void aTeamMembersPageRegistersIt() {
        String page = phone(DemoUsers.TEAM_MEMBER).get("/households").body();
        assertThat(page).contains(REGISTERS).doesNotContain(REMOVES);
    }

    @Test
    void aLearnersAndALeadersPagesRemoveIt() {
        for (String[] account : new String[][] {{DemoUsers.LEARNER, "/lessons"}, {DemoUsers.COMMUNE_LEADER, "/overview"}}) {
            String page = phone(account[0]).get(account[1]).body();
            assertThat(page).as(account[0]).contains(REMOVES).doesNotContain(REGISTERS);
        }
    }

    private VaadinPhone phone(String username) {
        HttpClient http = VaadinPhone.client();
        return new VaadinPhone(http, base()).signIn(username, DemoUsers.PASSWORD);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
