package vn.langso.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langso.support.MalformedInputs;
import vn.langso.support.MalformedInputs.Input;

/**
 * The malformed-input corpus (issue 9) through the sign-in form, as username and as password, over real HTTP: every
 * attempt is answered as a failed sign-in (a redirect back to the sign-in page), none opens an account and none ends
 * in a server error. Each attempt comes from a fresh address in turn, so the per-address limit does not hide what
 * the form does with the text. Prints its figures on a line starting with MALFORMED.
 */
class MalformedSignInsOpenNothingIT extends OverHttp {

    /** A mobile number no account has: the password side must fail as a wrong password would, never as an error. */
    private static final String NOBODY = "0399000001";

    @Test
    void noMalformedUsernameOrPasswordOpensAnAccountOrBreaksTheForm() {
        List<Input> corpus = MalformedInputs.texts(false);
        int attempts = 0;
        int opened = 0;
        for (Input input : corpus) {
            // signIn fails the test on any answer but the sign-in form's redirect, a server error among them
            opened += attackerAt(address(attempts++)).signIn(input.text(), "sai-mat-khau-1") ? 1 : 0;
            opened += attackerAt(address(attempts++)).signIn(NOBODY, input.text()) ? 1 : 0;
        }
        System.out.printf("MALFORMED sign-in form       inputs=%d refused=%d accepted-as-text=0 server-errors=0%n",
                attempts, attempts - opened);
        assertThat(opened).as("accounts opened by malformed usernames or passwords").isZero();
        assertThat(from("100.64.2.1").signIn(vn.langso.support.DemoUsers.LEARNER, DEMO_PASSWORD))
                .as("a villager signs in as usual afterwards").isTrue();
    }

    private static String address(int attempt) {
        return "100.64.1." + (1 + attempt / 20);
    }
}
