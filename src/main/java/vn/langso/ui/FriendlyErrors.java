package vn.langso.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.langso.common.DatabaseUnreachable;

/**
 * Anything a screen did not handle becomes a short message in the user's language, never a stack trace;
 * the details go to the server log only. A database that cannot be reached is said as such, so people wait and
 * try again instead of redoing their work.
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            log.error("Unhandled error in a screen", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification notification = Notification.show(ui.getTranslation(messageKey(error.getThrowable())), 6000,
                        Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }

    /** The translation key of what went wrong: the database out of reach, or anything else. */
    static String messageKey(Throwable error) {
        return databaseUnreachable(error) ? "error.databaseDown" : "error.unexpected";
    }

    static boolean databaseUnreachable(Throwable error) {
        return DatabaseUnreachable.causedBy(error);
    }
}
