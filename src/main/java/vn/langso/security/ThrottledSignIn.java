package vn.langso.security;

import java.time.Duration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password (or a villager's 4–6 digit PIN) with the throttles a PIN needs: an address with
 * too many failed sign-ins in the last hour is refused before any password is checked, and a locked account is
 * told how long it stays locked. The counting and locking are {@link SignInGuard}'s.
 */
@Component
class ThrottledSignIn extends DaoAuthenticationProvider {

    private final AddressThrottle addresses;
    private final AuditTrail audit;

    ThrottledSignIn(SignInGuard guard, PasswordEncoder passwordEncoder, AddressThrottle addresses, AuditTrail audit) {
        super(guard);
        this.addresses = addresses;
        this.audit = audit;
        setPasswordEncoder(passwordEncoder);
        setPreAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new AccountLockedException(guard.lockRemaining(user.getUsername()).orElse(Duration.ofMinutes(1)));
            }
            if (!user.isEnabled()) {
                throw new DisabledException("Account disabled");
            }
        });
    }

    /**
     * Spring makes the hash it checks unknown usernames against lazily, on the first sign-in, and without a lock:
     * after a start, every sign-in of the first burst made it again (one more Argon2 hash of 16 MB each; the load
     * test saw 20 to 30 at once, while the sign-ins waited). It is made here, once, when the app is ready.
     */
    @EventListener(ApplicationReadyEvent.class)
    void prepareTheUnknownUserHash() {
        try {
            retrieveUser("", UsernamePasswordAuthenticationToken.unauthenticated("", ""));
        } catch (AuthenticationException noSuchAccount) {
            // expected: no account has an empty name
        }
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String address = SignInGuard.addressOf(attempt);
        if (!addresses.allowsSignIn(address)) {
            audit.record(attempt.getName() == null ? "" : attempt.getName(), "SIGN_IN_REFUSED_ADDRESS", null, null,
                    address);
            throw new TooManyAttemptsFromAddressException();
        }
        return super.authenticate(attempt);
    }
}
