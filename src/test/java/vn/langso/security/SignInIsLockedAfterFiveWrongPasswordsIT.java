package vn.langso.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;

/** Real HTTP sign-ins against the running app, the way a browser posts the sign-in form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInIsLockedAfterFiveWrongPasswordsIT {

    private static final String PASSWORD = "Mật-khẩu-đúng-2026";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private String username;

    @BeforeEach
    void createAnAccountOfItsOwn() {
        username = "khoa" + System.nanoTime();
        long villageId = jdbc.sql("select place_id from user_account where username = ?")
                .param(DemoUsers.TEAM_MEMBER).query(Long.class).single();
        AsUser.provinceAdmin(() -> accounts.createAccount(
                new NewAccount(username, PASSWORD, "Trần Văn Khoa", Role.TEAM_MEMBER, villageId)));
    }

    @Test
    void aTeamMemberSignsInWithTheirPhoneWrittenTheVietnameseWay() throws Exception {
        long villageId = jdbc.sql("select place_id from user_account where username = ?")
                .param(DemoUsers.TEAM_MEMBER).query(Long.class).single();
        String phone = "+8497" + String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L));
        String oneTimePassword = AsUser.provinceAdmin(
                () -> accounts.createTeamMemberAccount(phone, "Bế Văn Đông", villageId, null));
        String national = "0" + phone.substring(3, 6) + " " + phone.substring(6, 9) + " " + phone.substring(9);
        assertThat(signIn(national, "sai-mat-khau")).isEqualTo("/login?error");
        assertThat(signIn(national, oneTimePassword)).isEqualTo("/");
    }

    @Test
    void theRightPasswordSignsIn() throws Exception {
        assertThat(signIn(username, PASSWORD)).isEqualTo("/");
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedWithALockMessage() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn(username, "sai" + attempt)).isEqualTo("/login?error");
        }
        assertThat(signIn(username, PASSWORD)).isEqualTo("/login?error");
        assertThat(jdbc.sql("select count(*) from audit_event where actor = ? and action = 'SIGN_IN_REFUSED_LOCKED'")
                .param(username).query(Long.class).single()).isEqualTo(1);
        assertThat(signIn(DemoUsers.TEAM_MEMBER, "langso2026")).as("other accounts are not affected").isEqualTo("/");
    }

    @Test
    void fourWrongPasswordsThenTheRightOneStillSignsInAndStartsTheCountAgain() throws Exception {
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(username, "sai" + attempt);
        }
        assertThat(signIn(username, PASSWORD)).isEqualTo("/");
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(username, "sai" + attempt);
        }
        assertThat(signIn(username, PASSWORD)).isEqualTo("/");
    }

    /** Posts the sign-in form in a fresh browser session and returns where the app redirects to. */
    private String signIn(String user, String password) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return URI.create(response.headers().firstValue("Location").orElseThrow()).getRawPath()
                + (response.headers().firstValue("Location").orElseThrow().contains("?error") ? "?error" : "");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
