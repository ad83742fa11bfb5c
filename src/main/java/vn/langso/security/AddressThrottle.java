package vn.langso.security;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Limits what one network address may try in an hour: failed sign-ins (one address guessing common PINs across
 * many accounts) and sign-ups (accounts made in bulk). Counted from the audit trail itself, so the limit holds
 * across restarts and app instances. Many villagers share an address (a commune hall's Wi-Fi, a carrier's NAT), so
 * the limits are generous and are settings.
 */
@Component
class AddressThrottle {

    static final List<String> FAILED_SIGN_INS = List.of("SIGN_IN_FAILED", "SIGN_IN_LOCKED", "SIGN_IN_FAILED_UNKNOWN_USER");
    static final List<String> SIGN_UPS = List.of("SIGN_UP", "SIGN_UP_REFUSED_EXISTS");
    private static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int failedSignInsPerHour;
    private final int signUpsPerHour;

    AddressThrottle(JdbcClient jdbc, Clock clock,
            @Value("${langso.security.failed-sign-ins-per-address-per-hour:30}") int failedSignInsPerHour,
            @Value("${langso.security.sign-ups-per-address-per-hour:20}") int signUpsPerHour) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.failedSignInsPerHour = failedSignInsPerHour;
        this.signUpsPerHour = signUpsPerHour;
    }

    boolean allowsSignIn(String address) {
        return countLastHour(address, FAILED_SIGN_INS) < failedSignInsPerHour;
    }

    boolean allowsSignUp(String address) {
        return countLastHour(address, SIGN_UPS) < signUpsPerHour;
    }

    /** Requests always have an address; a call without one is counted under a name of its own, not let through. */
    static String key(String address) {
        return address == null || address.isBlank() ? "unknown" : address;
    }

    private long countLastHour(String address, List<String> actions) {
        return jdbc.sql("""
                select count(*) from audit_event
                where address = :address and occurred_at > :since and action in (:actions)""")
                .param("address", key(address))
                .param("since", LocalDateTime.ofInstant(clock.instant().minus(WINDOW), ZoneOffset.UTC))
                .param("actions", actions)
                .query(Long.class).single();
    }
}
