package vn.langso.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import vn.langso.common.PhoneNumbers;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in and locks an account for a while after too many wrong passwords or PINs; each lock
 * that follows another without a good sign-in in between lasts twice as long, up to a day.
 * A locked account is refused before its password is checked, so guessing on gains nothing.
 */
@Component
class SignInGuard implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailedAttempts;
    private final Duration lockDuration;
    private final Duration longestLock;

    SignInGuard(UserAccountRepository accounts, AuditTrail audit, Clock clock,
            @Value("${langso.security.max-failed-attempts:5}") int maxFailedAttempts,
            @Value("${langso.security.lock-duration:PT15M}") Duration lockDuration,
            @Value("${langso.security.longest-lock:PT24H}") Duration longestLock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.maxFailedAttempts = maxFailedAttempts;
        this.lockDuration = lockDuration;
        this.longestLock = longestLock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = find(username).orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .roles(account.getRole().name())
                .disabled(!account.isEnabled())
                .accountLocked(account.isLockedAt(clock.instant()))
                .build();
    }

    /** How much longer the account stays locked (nothing when it is not locked). */
    @Transactional(readOnly = true)
    public Optional<Duration> lockRemaining(String username) {
        Instant now = clock.instant();
        return find(username).filter(account -> account.isLockedAt(now))
                .map(account -> Duration.between(now, account.getLockedUntil()));
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        String address = addressOf(event.getAuthentication());
        find(username).ifPresentOrElse(account -> {
            boolean locked = account.recordFailure(maxFailedAttempts, clock.instant(), lockDuration, longestLock);
            audit.record(account.getUsername(), locked ? "SIGN_IN_LOCKED" : "SIGN_IN_FAILED", null, null, address);
        }, () -> audit.record(username == null ? "" : username, "SIGN_IN_FAILED_UNKNOWN_USER", null, null, address));
    }

    @EventListener
    @Transactional
    public void onLocked(AuthenticationFailureLockedEvent event) {
        String username = event.getAuthentication().getName();
        audit.record(find(username).map(UserAccount::getUsername).orElse(username), "SIGN_IN_REFUSED_LOCKED", null,
                null, addressOf(event.getAuthentication()));
    }

    @EventListener
    @Transactional
    public void onDisabled(AuthenticationFailureDisabledEvent event) {
        audit.record(event.getAuthentication().getName(), "SIGN_IN_REFUSED_DISABLED", null, null,
                addressOf(event.getAuthentication()));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        Long place = accounts.findByUsername(username).map(account -> {
            account.recordSuccess();
            return account.getPlaceId();
        }).orElse(null);
        audit.record(username, "SIGN_IN", place, null, addressOf(event.getAuthentication()));
    }

    /** The address the sign-in form was posted from, as Spring Security noted it ("unknown" without a request). */
    static String addressOf(Authentication attempt) {
        return AddressThrottle.key(attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null);
    }

    /** By username, or by a phone number written any Vietnamese way ("0912 345 678" finds "+84912345678"). */
    private Optional<UserAccount> find(String username) {
        return accounts.findByUsername(username)
                .or(() -> PhoneNumbers.normalizeMobile(username).flatMap(accounts::findByUsername));
    }
}
