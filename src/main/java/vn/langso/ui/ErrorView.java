package vn.langso.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A screen that failed to open says so in the user's language; the details stay in the server log. It is shown inside
 * the main layout, so the menu stays at hand (during a database outage the layout leaves the user's name out).
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class ErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Could not open {}", event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        addClassName("page");
        Exception caught = parameter.getCaughtException();
        add(new H2(getTranslation("error.screen.title")), new Paragraph(getTranslation(FriendlyErrors.messageKey(caught))));
        if (FriendlyErrors.databaseUnreachable(caught)) {
            // The same screen again, loaded afresh, once the database is back.
            Anchor retry = new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("error.retry"));
            retry.getElement().setAttribute("router-ignore", true);
            retry.addClassName("big-link");
            add(new Div(retry));
        }
        RouterLink home = new RouterLink(getTranslation("error.notFound.home"), HomeView.class);
        home.addClassName("big-link");
        add(new Div(home));
        return FriendlyErrors.databaseUnreachable(caught) ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
