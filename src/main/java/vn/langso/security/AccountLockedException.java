package vn.langso.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** A sign-in refused because the account is locked, with how long it stays locked (locks grow, so it varies). */
public class AccountLockedException extends LockedException {

    private final transient Duration remaining;

    AccountLockedException(Duration remaining) {
        super("Account locked for " + remaining);
        this.remaining = remaining;
    }

    public Duration remaining() {
        return remaining;
    }
}
