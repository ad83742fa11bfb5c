package vn.langso.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/** Browser and database tests skip on a developer machine without their dependency, but fail in CI. */
public final class Environment {

    private Environment() {
    }

    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public static void require(boolean available, String what) {
        if (available) {
            return;
        }
        String message = what + " is not available; `bash .ci/run` installs or starts it.";
        if (isCi()) {
            fail("CI=true and " + message);
        }
        abort(message);
    }
}
