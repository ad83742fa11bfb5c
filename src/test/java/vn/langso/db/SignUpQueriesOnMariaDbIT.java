package vn.langso.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.langso.security.AccountLockedException;
import vn.langso.security.AccountRuleException;
import vn.langso.security.AccountService;
import vn.langso.security.AppRoles;
import vn.langso.security.NewLearner;
import vn.langso.security.TooManyAttemptsFromAddressException;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;
import vn.langso.support.MariaDbApp;
import vn.langso.support.Villagers;

/** Villagers' sign-up and PIN throttling on MariaDB: one account per phone under a race, limits counted in SQL. */
class SignUpQueriesOnMariaDbIT {

    private static final String PIN = "6048";

    private static MariaDbApp mariaDb;
    private static AccountService accounts;
    private static JdbcClient jdbc;
    private static long village;

    @BeforeAll
    static void start() throws SQLException {
        mariaDb = new MariaDbApp();
        accounts = mariaDb.bean(AccountService.class);
        jdbc = mariaDb.bean(JdbcClient.class);
        village = jdbc.sql("select place_id from user_account where username = ?").param(DemoUsers.TEAM_MEMBER)
                .query(Long.class).single();
    }

    @AfterAll
    static void stop() throws SQLException {
        if (mariaDb != null) {
            mariaDb.close();
        }
    }

    @Test
    void twoSignUpsWithOnePhoneAtTheSameMomentMakeOneAccount() throws Exception {
        String phone = Villagers.newPhone(PIN);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> sent = new ArrayList<>();
        for (String address : new String[] {"198.51.100.1", "198.51.100.2"}) {
            Callable<Object> signUp = () -> {
                start.await();
                return anonymously(() -> {
                    try {
                        return accounts.signUpLearner(new NewLearner("Ma Thị Hoa", phone, village, PIN, true), address);
                    } catch (AccountRuleException refused) {
                        return refused.messageKey();
                    }
                });
            };
            sent.add(pool.submit(signUp));
        }
        start.countDown();
        List<Object> answers = new ArrayList<>();
        for (Future<Object> answer : sent) {
            answers.add(answer.get());
        }
        pool.shutdown();
        assertThat(answers).containsExactlyInAnyOrder(Villagers.e164(phone), "signup.phoneTaken");
        assertThat(jdbc.sql("select count(*) from user_account where username = ?").param(Villagers.e164(phone))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from account_consent c join user_account u on u.id = c.account_id where u.username = ?")
                .param(Villagers.e164(phone)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void locksAndPerAddressLimitsAreCountedFromTheAuditTrail() throws Exception {
        String phone = Villagers.newPhone(PIN);
        anonymously(() -> accounts.signUpLearner(new NewLearner("Ma Văn Páo", phone, village, PIN, true),
                "198.51.100.3"));
        var manager = mariaDb.bean(AuthenticationConfiguration.class).getAuthenticationManager();
        for (int attempt = 0; attempt < 5; attempt++) {
            catchThrowable(() -> manager.authenticate(Villagers.signIn(phone, "1357", "198.51.100.4")));
        }
        assertThat(catchThrowable(() -> manager.authenticate(Villagers.signIn(phone, PIN, "198.51.100.4"))))
                .isInstanceOf(AccountLockedException.class);
        for (int attempt = 0; attempt < 25; attempt++) {
            catchThrowable(() -> manager.authenticate(Villagers.signIn(Villagers.newPhone(), "1357", "198.51.100.4")));
        }
        assertThat(catchThrowable(() -> manager.authenticate(Villagers.signIn("nobody", "x", "198.51.100.4"))))
                .as("the 31st failure from one address in an hour").isInstanceOf(TooManyAttemptsFromAddressException.class);

        // A reset from the villager's own village team lifts the lock.
        String oneTimePin = AsUser.as(DemoUsers.TEAM_MEMBER, AppRoles.TEAM_MEMBER, () -> accounts.resetLearnerPin(phone));
        assertThat(manager.authenticate(Villagers.signIn(phone, oneTimePin, "198.51.100.5")).isAuthenticated()).isTrue();
    }

    private static <T> T anonymously(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
