package vn.langso.security;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/** Appends to audit_event. There is deliberately no way to change or delete a row from the application. */
@Component
public class AuditTrail {

    /** The action of a refusal for being outside the caller's place scope. */
    public static final String OUT_OF_SCOPE = "REFUSED_OUT_OF_SCOPE";
    /** The action of a refusal because the caller's role may not call that service method at all. */
    public static final String ROLE_REFUSED = "REFUSED_ROLE";

    private final JdbcClient jdbc;
    private final Clock clock;

    private final SecurityContextHolderStrategy securityContexts;
    private final TransactionTemplate refusals;

    AuditTrail(JdbcClient jdbc, Clock clock, ObjectProvider<SecurityContextHolderStrategy> securityContexts,
            PlatformTransactionManager transactions) {
        this.refusals = new TransactionTemplate(transactions);
        this.refusals.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.clock = clock;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /**
     * Records a refused attempt (another place's data, say). In a transaction of its own, so the record stays when
     * the refusal rolls back the caller's work.
     */
    public void recordRefusal(String action, Long placeId, String detail) {
        refusals.executeWithoutResult(status -> recordForCurrentUser(action, placeId, detail));
    }

    /**
     * Records that the signed-in user asked for something outside their place scope (another commune's team, a
     * household of another village...). Every scope refusal goes through here, so each one leaves the same trace.
     */
    public void recordOutOfScope(String what) {
        recordRefusal(OUT_OF_SCOPE, null, what);
    }

    /** Records what the signed-in user did, e.g. a corrected visit or an export of people data. */
    public void recordForCurrentUser(String action, Long placeId, String detail) {
        var authentication = securityContexts.getContext().getAuthentication();
        record(authentication == null ? "anonymous" : authentication.getName(), action, placeId, detail);
    }

    void record(String actor, String action, Long placeId, String detail) {
        record(actor, action, placeId, detail, null);
    }

    /** With the network address a sign-in or sign-up came from, which {@link AddressThrottle} counts. */
    void record(String actor, String action, Long placeId, String detail, String address) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, action, place_id, detail, address)
                values (?, ?, ?, ?, ?, ?)""")
                .params(java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC),
                        truncate(actor, 64), action, placeId, detail, truncate(address, 45))
                .update();
    }

    /** Like {@link #recordRefusal}, for someone who is not signed in (a sign-up), with their address. */
    void recordRefusalBy(String actor, String action, String detail, String address) {
        refusals.executeWithoutResult(status -> record(actor, action, null, detail, address));
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
