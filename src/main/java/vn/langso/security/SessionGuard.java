package vn.langso.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.langso.common.DatabaseUnreachable;

/**
 * Ends signed-in sessions on purpose: after {@code langso.security.session.idle-timeout} without anything the person
 * did, after {@code langso.security.session.absolute-timeout} since signing in whatever they do, and at once when
 * their account is disabled. Vaadin's heartbeat keeps an open tab's HTTP session alive, so the servlet container's
 * own timeout never ends a session left open on a desk: heartbeats do not count as activity here. Runs before Spring
 * Security, so a session ended here is anonymous for the rest of the request (a page redirects to sign-in, the
 * visit screen's JSON calls get 401 and keep their outbox).
 * <p>
 * Sessions are also kept by username, so disabling an account ends its sessions on this node at once; other nodes
 * notice within {@code langso.security.session.account-recheck}, when each session looks at its account again.
 * While the database is out of reach that look is put off to the next recheck, so the request goes on to the page,
 * which tells the person so, instead of failing with a server error.
 */
@Component
class SessionGuard extends OncePerRequestFilter implements HttpSessionListener, Ordered {

    private static final Logger log = LoggerFactory.getLogger(SessionGuard.class);

    static final String SIGNED_IN_AT = "langso.signedInAt";
    static final String LAST_ACTIVITY = "langso.lastActivity";
    static final String ACCOUNT_CHECKED_AT = "langso.accountCheckedAt";
    static final String USERNAME = "langso.username";

    private final Clock clock;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Duration idleTimeout;
    private final Duration absoluteTimeout;
    private final Duration accountRecheck;
    private final Map<String, Set<HttpSession>> sessionsByUser = new ConcurrentHashMap<>();

    SessionGuard(Clock clock, JdbcClient jdbc, AuditTrail audit,
            @Value("${langso.security.session.idle-timeout:PT30M}") Duration idleTimeout,
            @Value("${langso.security.session.absolute-timeout:PT12H}") Duration absoluteTimeout,
            @Value("${langso.security.session.account-recheck:PT1M}") Duration accountRecheck) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
        this.idleTimeout = idleTimeout;
        this.absoluteTimeout = absoluteTimeout;
        this.accountRecheck = accountRecheck;
    }

    /** Just before Spring Security's filter chain (order -100), so it reads the session after this decided. */
    @Override
    public int getOrder() {
        return -101;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Optional<String> user = session == null ? Optional.empty() : signedInUser(session);
        if (user.isPresent()) {
            Instant now = clock.instant();
            Optional<String> ended = reasonToEnd(session, user.get(), now);
            if (ended.isPresent()) {
                end(session);
                try {
                    audit.record(user.get(), ended.get(), null, null);
                } catch (RuntimeException unreachable) {
                    if (!DatabaseUnreachable.causedBy(unreachable)) {
                        throw unreachable;
                    }
                    log.warn("Session of {} ended ({}); not in the audit trail, the database is out of reach: {}",
                            user.get(), ended.get(), unreachable.toString());
                }
            } else if (!isHeartbeat(request)) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
        HttpSession after = request.getSession(false);
        if (after != null && after.getAttribute(SIGNED_IN_AT) == null) {
            // signed in by this request (the sign-in form's POST): the clocks start now
            signedInUser(after).ifPresent(username -> {
                Instant now = clock.instant();
                after.setAttribute(SIGNED_IN_AT, now);
                after.setAttribute(LAST_ACTIVITY, now);
                after.setAttribute(ACCOUNT_CHECKED_AT, now);
                after.setAttribute(USERNAME, username);
                sessionsByUser.computeIfAbsent(username, name -> ConcurrentHashMap.newKeySet()).add(after);
            });
        }
    }

    /** Ends every live session of this account on this node (it was disabled); returns how many there were. */
    int endSessionsOf(String username) {
        Set<HttpSession> sessions = sessionsByUser.remove(username);
        if (sessions == null) {
            return 0;
        }
        List.copyOf(sessions).forEach(SessionGuard::end);
        return sessions.size();
    }

    /** How many signed-in sessions this account has on this node. */
    int liveSessionsOf(String username) {
        return sessionsByUser.getOrDefault(username, Set.of()).size();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession gone = event.getSession();
        if (gone.getAttribute(USERNAME) instanceof String username) {
            sessionsByUser.computeIfPresent(username, (name, sessions) -> {
                sessions.remove(gone);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    private Optional<String> reasonToEnd(HttpSession session, String username, Instant now) {
        if (passed(session, SIGNED_IN_AT, absoluteTimeout, now)) {
            return Optional.of("SESSION_ENDED_ABSOLUTE");
        }
        if (passed(session, LAST_ACTIVITY, idleTimeout, now)) {
            return Optional.of("SESSION_ENDED_IDLE");
        }
        if (passed(session, ACCOUNT_CHECKED_AT, accountRecheck, now)) {
            session.setAttribute(ACCOUNT_CHECKED_AT, now);
            boolean enabled;
            try {
                enabled = jdbc.sql("select enabled from user_account where username = ?").param(username)
                        .query(Boolean.class).optional().orElse(false);
            } catch (RuntimeException unreachable) {
                if (!DatabaseUnreachable.causedBy(unreachable)) {
                    throw unreachable;
                }
                // Nothing can be read or changed meanwhile; the page says so. Checked again a recheck after this
                // wait, so the requests that follow (the page's scripts, its screen) do not wait for it again.
                session.setAttribute(ACCOUNT_CHECKED_AT, clock.instant());
                log.warn("Account check of {} put off, the database is out of reach: {}", username,
                        unreachable.toString());
                return Optional.empty();
            }
            if (!enabled) {
                return Optional.of("SESSION_ENDED_DISABLED");
            }
        }
        return Optional.empty();
    }

    private static boolean passed(HttpSession session, String attribute, Duration limit, Instant now) {
        return session.getAttribute(attribute) instanceof Instant since && !now.isBefore(since.plus(limit));
    }

    private static Optional<String> signedInUser(HttpSession session) {
        try {
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                    instanceof SecurityContext context && context.getAuthentication() instanceof Authentication auth
                    && auth.isAuthenticated() ? Optional.of(auth.getName()) : Optional.empty();
        } catch (IllegalStateException alreadyInvalidated) {
            return Optional.empty();
        }
    }

    /** Vaadin's "I am still open" ping, sent by the tab on its own every few minutes: not something the person did. */
    private static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.contains("v-r=heartbeat");
    }

    private static void end(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // signed out or timed out meanwhile
        }
    }
}
