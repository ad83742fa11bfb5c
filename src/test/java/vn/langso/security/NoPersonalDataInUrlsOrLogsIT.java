package vn.langso.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;
import vn.langso.support.Villagers;

/**
 * Names, phone numbers, PINs and passwords stay out of web addresses and out of the application's log: the log is
 * captured while villagers sign up, sign in wrongly and rightly, get locked, and a team member logs visits with a
 * new household's name and phone over the visit screen's JSON calls.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInUrlsOrLogsIT extends OverHttp {

    /** What a route may carry in its path: ids, codes and a lesson's web name, never a person's name or phone. */
    private static final Set<String> ROUTE_PARAMETERS = Set.of("teamId", "communeId", "slug", "household", "code");

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void routesCarryIdsAndCodesOnly() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<String> templates = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("vn.langso")) {
            try {
                templates.add(Class.forName(candidate.getBeanClassName()).getAnnotation(Route.class).value());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(templates).hasSizeGreaterThan(15);
        Matcher parameter = Pattern.compile(":(\\w+)").matcher(String.join("/", templates));
        while (parameter.find()) {
            assertThat(ROUTE_PARAMETERS).as("route parameter in " + templates).contains(parameter.group(1));
        }
    }

    @Test
    void signUpsSignInsLocksAndVisitsLeaveNoNamePhonePinOrPasswordInTheLog(CapturedOutput log) {
        org.slf4j.LoggerFactory.getLogger(getClass()).warn("log capture starts");
        assertThat(log.getAll()).as("the app's log is captured").contains("log capture starts");
        String pin = "846193";
        String phone = Villagers.newPhone(pin);
        String name = "Sùng Thị Mỷ";
        long village = jdbc.sql("select place_id from user_account where username = ?").param(DemoUsers.TEAM_MEMBER)
                .query(Long.class).single();
        accounts.signUpLearner(new NewLearner(name, phone, village, pin, true), "203.0.113.141");
        try {
            accounts.signUpLearner(new NewLearner(name, phone, village, pin, true), "203.0.113.141");
        } catch (AccountRuleException taken) {
            // signed up twice: refused, as the screen shows it
        }
        String twice = Villagers.newPhone(pin);
        signUpAtOnce(new NewLearner("Giàng Thị Chấm", twice, village, pin, true), 6); // a double tap, a resend
        assertThat(jdbc.sql("select count(*) from user_account where username = ?").param(Villagers.e164(twice))
                .query(Long.class).single()).isEqualTo(1);
        HttpVisitor villager = from("203.0.113.142");
        assertThat(villager.signIn(phone, "730156")).isFalse();
        assertThat(villager.signIn(phone, pin)).isTrue();
        for (int i = 0; i < 6; i++) {
            villager = from("203.0.113.142");
            villager.signIn(phone, "73015" + i); // to the lock, and once more
        }
        from("203.0.113.142").signIn(Villagers.newPhone(), pin); // nobody has that number

        String password = "Mật-khẩu-nhật-ký-2026";
        String member = "+8496" + String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L));
        String oneTime = AsUser.provinceAdmin(() -> accounts.createTeamMemberAccount(member, "Bàn Văn Nhật", village, null));
        HttpVisitor teamPhone = from("203.0.113.143");
        assertThat(teamPhone.signIn(member, "sai-mật-khẩu")).isFalse();
        assertThat(teamPhone.signIn(member, oneTime)).isTrue();
        AsUser.as(member, "TEAM_MEMBER", () -> {
            accounts.changePassword(oneTime, password);
            return null;
        });
        teamPhone = from("203.0.113.143");
        assertThat(teamPhone.signIn(member, password)).isTrue();
        String head = "Hờ Thị Dế";
        String headPhone = "0968 555 312";
        String visit = """
                {"visits":[{"clientId":"%s","householdId":null,"newHousehold":{"clientId":"%s","villageId":%d,
                "headName":"%s","address":"Xóm Đồi","phone":"%s","adults":3},"visitedAt":"%s","activities":["VNEID"],
                "profile":null,"note":"Chị Dế hẹn tuần sau, gọi %s","consent":true,"position":null,"correction":false}]}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), village, head, headPhone, Instant.now(), headPhone);
        assertThat(teamPhone.postJson("/api/visits", visit).body()).contains("SAVED");
        assertThat(teamPhone.postJson("/api/visits", visit).body()).contains("DUPLICATE");
        assertThat(teamPhone.postJson("/api/visits", visit.replace(headPhone + "\",", "0968 55\",")
                .replaceFirst("\"clientId\":\"[^\"]+\"", "\"clientId\":\"" + UUID.randomUUID() + "\""))
                .statusCode()).isEqualTo(200);
        teamPhone.get("/households/register?phone=" + headPhone.replace(" ", ""));

        String output = log.getAll();
        List<String> secrets = new ArrayList<>(List.of(pin, "730156", password, oneTime, name, head, "Bàn Văn Nhật",
                "Giàng Thị Chấm"));
        for (String number : List.of(phone, headPhone, Villagers.e164(phone), member, twice, Villagers.e164(twice))) {
            secrets.add(number);
            secrets.add(number.replace(" ", ""));
            secrets.add(number.replace(" ", "").replace("+84", "0"));
            secrets.add(number.replace(" ", "").replaceFirst("^0", "84"));
        }
        for (String secret : secrets) {
            assertThat(output).as("the log holds %s", secret).doesNotContain(secret);
        }
        System.out.printf("SIGN-IN logs: %d lines captured while villagers signed up (one 6 times at once), signed in, "
                + "got locked and a visit with a new household was sent: none holds any of %d names, numbers, PINs or "
                + "passwords%n", output.lines().count(), secrets.size());
    }

    /** The same sign-up sent from several tabs at the same instant: one account, the others told it exists. */
    private void signUpAtOnce(NewLearner learner, int times) {
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(times)) {
            for (int i = 0; i < times; i++) {
                String address = "203.0.113." + (150 + i);
                pool.submit(() -> {
                    start.await();
                    try {
                        accounts.signUpLearner(learner, address);
                    } catch (AccountRuleException taken) {
                        // "this phone already has an account"
                    }
                    return null;
                });
            }
            start.countDown();
        }
    }
}
