package vn.langso.security;

import java.time.Duration;
import org.springframework.security.authentication.DisabledException;
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
