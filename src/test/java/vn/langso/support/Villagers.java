package vn.langso.support;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Villagers for sign-up tests: mobile numbers of their own, and sign-in attempts as the sign-in form makes them. */
public final class Villagers {

    private Villagers() {
    }

    /** A Viettel number no other test uses, written as people write it ("0971 234 567"), without these digits. */
    public static String newPhone(String... digitsToAvoid) {
        while (true) {
            String national = "097" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            boolean clear = true;
            for (String digits : digitsToAvoid) {
                clear &= !national.contains(digits);
            }
            if (clear) {
                return national.substring(0, 4) + " " + national.substring(4, 7) + " " + national.substring(7);
            }
        }
    }

    /** "0971 234 567" as stored: "+84971234567". */
    public static String e164(String phone) {
        return "+84" + phone.replace(" ", "").substring(1);
    }

    /** A sign-in attempt as the sign-in form posts it from {@code address}. */
    public static UsernamePasswordAuthenticationToken signIn(String username, String password, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return attempt;
    }

    /** An active village to sign up in (the first one). */
    public static long aVillage(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return jdbc.sql("""
                select min(p.id) from place p join place_type t on t.code = p.type_code
                where t.level = 'VILLAGE' and p.active = true""").query(Long.class).single();
    }
}
