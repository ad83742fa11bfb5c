package vn.langso.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Frees the screens of phones that stopped talking to the server (screen off, tab killed, out of signal).
 * <p>
 * An open screen sends a heartbeat every {@code vaadin.heartbeatInterval} seconds; Vaadin counts a screen as gone
 * after 3.1 intervals without one, but only removes it when the same session sends another request, which a vanished
 * phone never does. So every {@code langso.sessions.sweep-interval} this removes, from every session, the screens
 * that missed their heartbeats (with their components, the bulk of a session's memory). The rest of the session, a
 * few KB (who is signed in), ends with the HTTP session's timeout ({@code server.servlet.session.timeout}, checked by
 * Tomcat in the background about once a minute): a phone that keeps heartbeating keeps its session, one that is gone
 * loses it.
 */
@Component
public class VanishedPhones implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(VanishedPhones.class);

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private final Duration sweepInterval;
    private ScheduledExecutorService sweeper;

    VanishedPhones(@Value("${langso.sessions.sweep-interval:PT1M}") Duration sweepInterval) {
        this.sweepInterval = sweepInterval;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        service.addSessionInitListener(init -> sessions.add(init.getSession()));
        service.addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
        sweeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("vanished-phones").factory());
        sweeper.scheduleWithFixedDelay(this::sweep, sweepInterval.toMillis(), sweepInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        service.addServiceDestroyListener(destroyed -> sweeper.shutdownNow());
    }

    /** Removes the screens whose phone missed its heartbeats; returns how many. */
    public int sweep() {
        AtomicInteger removed = new AtomicInteger();
        for (VaadinSession session : List.copyOf(sessions)) {
            try {
                session.access(() -> {
                    for (UI ui : List.copyOf(session.getUIs())) {
                        if (!session.getService().isUIActive(ui)) {
                            // as Vaadin removes a closed screen: with the screen as the current one, for its listeners
                            ui.accessSynchronously(() -> {
                                ui.close();
                                session.removeUI(ui);
                            });
                            removed.incrementAndGet();
                        }
                    }
                }).get(5, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            } catch (TimeoutException busy) {
                // A session busy for so long is alive; if it is not, the next sweep or its next request frees it.
                log.debug("Busy session skipped by the sweep", busy);
            } catch (ExecutionException | RuntimeException failed) {
                // A session that ends while we look at it is already freed; anything else is worth a look.
                log.warn("Could not sweep a session", failed);
            }
        }
        if (removed.get() > 0) {
            log.info("Freed {} screens of phones that missed their heartbeats", removed.get());
        }
        return removed.get();
    }

    /** The Vaadin sessions alive now (their HTTP session has not ended). */
    public Set<VaadinSession> openSessions() {
        return Set.copyOf(sessions);
    }
}
