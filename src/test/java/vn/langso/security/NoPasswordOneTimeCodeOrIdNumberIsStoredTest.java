package vn.langso.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;
import vn.langso.support.Villagers;

/**
 * Data minimisation: no table has a column for a citizen ID (CCCD) number or a password, PIN or one-time code in
 * clear; every stored credential is a salted hash, including the one-time PIN a team member gives a villager.
 */
@SpringBootTest
@ActiveProfiles("test")
class NoPasswordOneTimeCodeOrIdNumberIsStoredTest {

    private static final Pattern SECRET_OR_ID_NUMBER = Pattern.compile(
            "(?i)[a-z_]+\\.(([a-z_]*_)?(password|passwd|pin|otp|secret|cccd|cmnd|citizen|identity)(_[a-z_]*)?"
                    + "|.*(one_time|id_number|national_id|id_card).*)");

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOnlyCredentialColumnIsAPasswordHashAndNoColumnHoldsAnIdNumber() {
        List<String> columns = jdbc.sql("""
                select lower(table_name) || '.' || lower(column_name) from information_schema.columns
                where table_schema = 'PUBLIC'""").query(String.class).list();
        assertThat(columns).as("the schema was read").contains("household.head_name", "audit_event.actor");
        assertThat(columns.stream().filter(column -> SECRET_OR_ID_NUMBER.matcher(column).matches()))
                .containsExactlyInAnyOrder("user_account.password_hash", "user_account.must_change_password");
    }

    @Test
    void everyStoredPasswordPinAndOneTimePinIsASaltedHash() {
        String phone = Villagers.newPhone("4826");
        accounts.signUpLearner(new NewLearner("Mùa A Chứ", phone, Villagers.aVillage(jdbc), "4826", true),
                "192.0.2.91");
        String oneTimePin = AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER", () -> accounts.resetLearnerPin(phone));
        String stored = hashOf(Villagers.e164(phone));
        assertThat(stored).startsWith("{argon2").doesNotContain(oneTimePin);
        assertThat(passwords.matches(oneTimePin, stored)).isTrue();

        List<String> hashes = jdbc.sql("select password_hash from user_account").query(String.class).list();
        assertThat(hashes).isNotEmpty().allMatch(hash -> hash.startsWith("{argon2") && hash.length() > 60);
        assertThat(hashes).doesNotContain("langso2026");
        assertThat(hashOf(DemoUsers.TEAM_MEMBER)).as("salted: the same password, another hash")
                .isNotEqualTo(hashOf(DemoUsers.COMMUNE_LEADER));
        assertThat(passwords.matches("langso2026", hashOf(DemoUsers.TEAM_MEMBER))).isTrue();
    }

    private String hashOf(String username) {
        return jdbc.sql("select password_hash from user_account where username = ?").param(username)
                .query(String.class).single();
    }
}
