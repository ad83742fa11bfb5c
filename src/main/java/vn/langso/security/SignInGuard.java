package vn.langso.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import vn.langso.common.PhoneNumbers;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in and locks an account for a while after too many wrong passwords.
 * A locked account is refused before its password is checked, so guessing on gains nothing.
 */
@Component
class SignInGuard implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailedAttempts;
    private final Duration lockDuration;

    SignInGuard(UserAccountRepository accounts, AuditTrail audit, Clock clock,
            @Value("${langso.security.max-failed-attempts:5}") int maxFailedAttempts,
            @Value("${langso.security.lock-duration:PT15M}") Duration lockDuration) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.maxFailedAttempts = maxFailedAttempts;
        this.lockDuration = lockDuration;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .or(() -> PhoneNumbers.normalizeMobile(username).flatMap(accounts::findByUsername))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .roles(account.getRole().name())
                .disabled(!account.isEnabled())
                .accountLocked(account.isLockedAt(clock.instant()))
                .build();
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        Instant now = clock.instant();
        accounts.findByUsername(username)
                .or(() -> PhoneNumbers.normalizeMobile(username).flatMap(accounts::findByUsername)).ifPresentOrElse(account -> {
            boolean locked = account.recordFailure(maxFailedAttempts, now.plus(lockDuration));
            audit.record(username, locked ? "SIGN_IN_LOCKED" : "SIGN_IN_FAILED", null, null);
        }, () -> audit.record(truncate(username), "SIGN_IN_FAILED_UNKNOWN_USER", null, null));
    }

    @EventListener
    @Transactional
    public void onLocked(AuthenticationFailureLockedEvent event) {
        audit.record(event.getAuthentication().getName(), "SIGN_IN_REFUSED_LOCKED", null, null);
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.findByUsername(username).ifPresent(UserAccount::recordSuccess);
        audit.record(username, "SIGN_IN", null, null);
    }

    private static String truncate(String value) {
        return value == null ? "" : value.length() > 64 ? value.substring(0, 64) : value;
    }
}
