package vn.langso.common;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import jakarta.servlet.http.HttpSession;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * While the database cannot be reached, Hikari makes every request for a connection wait its whole connection
 * timeout (5 s) before it gives up. Opening a page asks several times, in several transactions and HTTP requests
 * (the session's account check, the page's language when its UI is made, the layout's signed-in user, the screen
 * itself), so a person reloading a page waited 5 s per question before being told anything.
 * <p>
 * Once a web request has waited in vain, neither it nor the requests of the same browser session that follow within
 * {@link #PAGE_LOAD} (the rest of the page being opened: its UI, then its screen) wait again: they fail at once, with
 * the same kind of exception Hikari throws (so the screen or the visit API says "database out of reach" as before),
 * as long as the pool holds no connection at all. What the person does after reading the message (a tap, "try
 * again") waits again, and gets a connection as soon as the pool has reconnected. A pool that still has connections
 * (all busy under load) is never short-cut, and other people's requests and background work are not affected.
 */
public final class FailFastDataSource extends DelegatingDataSource implements AutoCloseable {

    private static final String WAITED_IN_VAIN = FailFastDataSource.class.getName() + ".waitedInVain";

    /** How long after a wait in vain the browser's next requests count as the same page opening. */
    static final long PAGE_LOAD = 3_000;

    private final HikariDataSource pool;

    public FailFastDataSource(HikariDataSource pool) {
        super(pool);
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        failFastIfThisBrowserJustWaitedInVain();
        try {
            return super.getConnection();
        } catch (SQLTransientConnectionException waitedInVain) {
            throw remembered(waitedInVain);
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        failFastIfThisBrowserJustWaitedInVain();
        try {
            return super.getConnection(username, password);
        } catch (SQLTransientConnectionException waitedInVain) {
            throw remembered(waitedInVain);
        }
    }

    /** Spring closes the bean it holds, which is this one: the pool goes with it. */
    @Override
    public void close() {
        pool.close();
    }

    private void failFastIfThisBrowserJustWaitedInVain() throws SQLTransientConnectionException {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return;
        }
        boolean thisRequest = request.getAttribute(WAITED_IN_VAIN, RequestAttributes.SCOPE_REQUEST) != null;
        HttpSession session = request.getRequest().getSession(false);
        boolean thisSession = session != null && waitedAt(session) instanceof Long at
                && System.currentTimeMillis() - at < PAGE_LOAD;
        if (!thisRequest && !thisSession) {
            return;
        }
        HikariPoolMXBean state = pool.getHikariPoolMXBean();
        if (state != null && state.getTotalConnections() == 0) {
            request.setAttribute(WAITED_IN_VAIN, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
            throw new SQLTransientConnectionException("The database could not be reached a moment ago and the pool "
                    + "has no connection yet; not waiting again");
        }
    }

    private static SQLTransientConnectionException remembered(SQLTransientConnectionException waitedInVain) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            request.setAttribute(WAITED_IN_VAIN, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
            HttpSession session = request.getRequest().getSession(false);
            if (session != null) {
                try {
                    session.setAttribute(WAITED_IN_VAIN, System.currentTimeMillis());
                } catch (IllegalStateException invalidated) {
                    // signed out meanwhile
                }
            }
        }
        return waitedInVain;
    }

    private static Object waitedAt(HttpSession session) {
        try {
            return session.getAttribute(WAITED_IN_VAIN);
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    /** Puts every Hikari pool the app configures (Spring Boot's own data source) behind this. */
    @Component
    static final class Wrapper implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return bean instanceof HikariDataSource pool ? new FailFastDataSource(pool) : bean;
        }
    }
}
