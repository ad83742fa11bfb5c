package vn.langso.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import vn.langso.security.AppRoles;

/**
 * The service worker (frontend/sw.ts) lets the visit screen open with no signal. When it starts it downloads that
 * screen's app shell in the background, about 350 KB, and again after each new version of the app. Only team members
 * log visits, so only their pages register it (Vaadin's {@code @PWA} would register it on every page): a first-time
 * visitor on the sign-in page, a learner or a leader on a slow connection does not pay for it (issue 8). The page of a
 * signed-in learner, leader or admin also removes a worker registered on that phone before, e.g. by the sign-in page
 * of an earlier version. Pages nobody is signed in to (the sign-in page; the visit screen's cached copy, which the
 * worker fetches without cookies) neither register nor remove it, so a team member's phone keeps it while signed out.
 */
@Component
class OfflineAppForTeamMembers implements VaadinServiceInitListener {

    static final String REGISTRATION = "navigator.serviceWorker.register(";
    static final String REMOVAL = """
            if ('serviceWorker' in navigator) {
              navigator.serviceWorker.getRegistrations().then(workers => workers.forEach(worker => worker.unregister()));
            }""";

    private final AuthenticationContext authentication;

    OfflineAppForTeamMembers(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::onlyForTeamMembers);
    }

    private void onlyForTeamMembers(IndexHtmlResponse page) {
        if (authentication.hasRole(AppRoles.TEAM_MEMBER)) {
            return;
        }
        Document document = page.getDocument();
        List<Element> registrations = document.select("script").stream()
                .filter(script -> script.data().contains(REGISTRATION)).toList();
        registrations.forEach(Element::remove);
        if (authentication.isAuthenticated()) {
            document.head().appendElement("script").appendChild(new DataNode(REMOVAL));
        }
    }
}
