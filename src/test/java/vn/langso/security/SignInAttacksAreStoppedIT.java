package vn.langso.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.langso.support.DemoUsers;
import vn.langso.support.Villagers;

/**
 * Someone who wants into villagers' accounts, through the real sign-in form over HTTP: a thousand PINs against one
 * account, then common PINs sprayed over a hundred accounts from several addresses. No account opens, and the
 * people who are not under attack sign in as usual. Prints its figures on lines starting with SIGN-IN.
 */
class SignInAttacksAreStoppedIT extends OverHttp {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aThousandPinsAgainstOneAccountFromAHundredAddressesOpenNothingAndLockItAfterFive() {
        String pin = "1739";
        String phone = learner(pin, passwords.encode(pin));
        List<String> guesses = new ArrayList<>();
        for (int guess = 1000; guess < 2000; guess++) {
            guesses.add(String.valueOf(guess)); // the right PIN is the 740th
        }
        int opened = 0;
        long checkedNanos = 0;
        long refusedNanos = 0;
        boolean othersSignedIn = false;
        long started = System.nanoTime();
        for (int i = 0; i < guesses.size(); i++) {
            HttpVisitor attacker = attackerAt("198.18." + (i % 100) / 10 + "." + (i % 10 + 1));
            long before = System.nanoTime();
            opened += attacker.signIn(phone, guesses.get(i)) ? 1 : 0;
            long took = System.nanoTime() - before;
            if (i < 5) {
                checkedNanos += took;
            } else {
                refusedNanos += took;
            }
            if (i == 500) {
                othersSignedIn = from("198.18.0.1").signIn(DemoUsers.TEAM_MEMBER, DEMO_PASSWORD)
                        && from("203.0.113.77").signIn(DemoUsers.LEARNER, DEMO_PASSWORD);
            }
        }
        long totalMillis = (System.nanoTime() - started) / 1_000_000;
        long refusedUnchecked = count(phone, "SIGN_IN_REFUSED_LOCKED");

        assertThat(opened).as("accounts opened").isZero();
        assertThat(othersSignedIn).as("other people sign in during the attack, even from an attacking address").isTrue();
        assertThat(count(phone, "SIGN_IN_FAILED")).isEqualTo(4);
        assertThat(count(phone, "SIGN_IN_LOCKED")).isEqualTo(1);
        assertThat(refusedUnchecked).as("refused unchecked, the right PIN among them")
                .isEqualTo(995);
        assertThat(from("203.0.113.78").signIn(phone, pin)).as("the owner too, until the lock runs out").isFalse();

        long argon = timeOnePasswordCheck(pin);
        System.out.printf("SIGN-IN guessing: %d PINs against one learner from 100 addresses in %d ms: %d opened, "
                + "locked after 5 wrong, %d refused before any PIN check%n", guesses.size(), totalMillis, opened,
                refusedUnchecked);
        System.out.printf("SIGN-IN guessing: %.1f ms per checked guess (Argon2 verify alone %d ms), %.1f ms per refused "
                + "guess; other users signed in during the attack: %s%n", checkedNanos / 5 / 1e6, argon,
                refusedNanos / (guesses.size() - 5.0) / 1e6, othersSignedIn ? "yes" : "no");
    }

    @Test
    void commonPinsSprayedOverAHundredAccountsFromFiveAddressesOpenNothing() {
        List<String> spray = List.of("1357", "2468", "2580"); // allowed by the PIN rule, hence worth an attacker's try
        spray.forEach(guess -> assertThat(PinRule.problem(guess, null)).isEmpty());
        String otherPin = "5072";
        String otherHash = passwords.encode(otherPin);
        String sprayedHash = passwords.encode("2580");
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            // every tenth villager chose 2580, the column down the middle of the keypad
            phones.add(i % 10 == 0 ? learner("2580", sprayedHash) : learner(otherPin, otherHash));
        }
        String[] addresses = {"192.0.2.11", "192.0.2.12", "192.0.2.13", "192.0.2.14", "192.0.2.15"};
        int opened = 0;
        int attempts = 0;
        long started = System.nanoTime();
        for (String guess : spray) { // one PIN on every account, then the next: under every account's lock
            for (int i = 0; i < phones.size(); i++) {
                opened += attackerAt(addresses[i / 20]).signIn(phones.get(i), guess) ? 1 : 0;
                attempts++;
            }
        }
        long totalMillis = (System.nanoTime() - started) / 1_000_000;
        long checked = countFrom(addresses, AddressThrottle.FAILED_SIGN_INS);
        long refused = countFrom(addresses, List.of("SIGN_IN_REFUSED_ADDRESS"));

        assertThat(opened).as("accounts opened").isZero();
        assertThat(checked).as("30 checked per address in the hour").isEqualTo(150);
        assertThat(refused).as("refused before any PIN check").isEqualTo(150);
        assertThat(jdbc.sql("select count(*) from user_account where username in (:phones) and locked_until is not null")
                .param("phones", phones).query(Long.class).single()).as("no villager locked out by the spray")
                .isZero();
        assertThat(from("198.51.100.7").signIn(phones.get(0), "2580")).as("the owner, from their own network")
                .isTrue();
        assertThat(from(addresses[1]).signIn(DemoUsers.TEAM_MEMBER, DEMO_PASSWORD))
                .as("someone behind the same address as the attacker is held up too, for the rest of the hour")
                .isFalse();
        System.out.printf("SIGN-IN spray: %d attempts (%d PINs x %d accounts) from %d addresses in %d ms: %d opened, "
                + "%d PINs checked (30 per address), %d refused before any check, 0 accounts locked%n", attempts,
                spray.size(), phones.size(), addresses.length, totalMillis, opened, checked, refused);
    }

    private String learner(String pin, String hash) {
        String phone;
        do {
            phone = Villagers.e164(Villagers.newPhone(pin));
        } while (PinRule.problem(pin, phone).isPresent());
        jdbc.sql("""
                insert into user_account (username, password_hash, full_name, role, place_id, enabled, failed_attempts,
                    created_at, version, must_change_password, locks_in_a_row)
                select ?, ?, 'Người học thử', 'LEARNER', place_id, true, 0, ?, 0, false, 0
                from user_account where username = ?""")
                .params(phone, hash, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC), DemoUsers.LEARNER)
                .update();
        return phone;
    }

    private long count(String actor, String action) {
        return jdbc.sql("select count(*) from audit_event where actor = ? and action = ?").params(actor, action)
                .query(Long.class).single();
    }

    private long countFrom(String[] addresses, List<String> actions) {
        return jdbc.sql("select count(*) from audit_event where address in (:addresses) and action in (:actions)")
                .param("addresses", List.of(addresses)).param("actions", actions).query(Long.class).single();
    }

    private long timeOnePasswordCheck(String pin) {
        String hash = passwords.encode(pin);
        long before = System.nanoTime();
        passwords.matches("0000", hash);
        return (System.nanoTime() - before) / 1_000_000;
    }
}
