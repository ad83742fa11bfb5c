package vn.langso.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import vn.langso.security.AccountService;
import vn.langso.security.SignedInUser;

/**
 * The frame around every signed-in screen: app name, who and where the user is, connection state, and a
 * bottom navigation bar on phones with only the screens the user's role may open (views declare @Menu).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main content = new Main();
    private final List<RouterLink> links;
    private final AccountService accounts;
    private final AuthenticationContext authentication;
    private final Div identity = new Div();
    private boolean identityShown;

    MainLayout(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
        addClassName("main-layout");
        links = MenuConfiguration.getMenuEntries().stream().map(this::link).toList();
        Nav bottomBar = new Nav();
        bottomBar.addClassName("bottom-nav");
        bottomBar.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        links.forEach(bottomBar::add);
        content.addClassName("main-content");
        add(header(), content, bottomBar);
        showIdentity();
    }

    /**
     * Who and where the user is. Left out when the database is out of reach (the screen inside says so) and filled
     * in at the next navigation that finds it back, so a tab opened during an outage needs no reload afterwards.
     */
    private void showIdentity() {
        SignedInUser user = signedIn();
        if (user == null) {
            return;
        }
        Span who = new Span(user.fullName());
        who.addClassName("user-name");
        Span where = new Span(user.placeLabel(getLocale()));
        where.addClassName("user-place");
        identity.add(who, where);
        identityShown = true;
    }

    /** Null when nobody is signed in, or when the database is out of reach: the screen inside then says so. */
    private SignedInUser signedIn() {
        if (!authentication.isAuthenticated()) {
            return null;
        }
        try {
            return accounts.currentUser();
        } catch (RuntimeException failure) {
            if (FriendlyErrors.databaseUnreachable(failure)) {
                return null;
            }
            throw failure;
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    private Component header() {
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        identity.addClassName("identity");
        Header header = new Header(appName, identity, new ConnectionBadge());
        header.addClassName("app-header");
        return header;
    }

    private RouterLink link(MenuEntry entry) {
        RouterLink link = new RouterLink();
        link.setRoute(entry.menuClass());
        link.addClassName("nav-item");
        if (entry.icon() != null) {
            link.add(AppIcon.create(entry.icon()));
        }
        link.add(new Span(getTranslation(entry.title())));
        return link;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (!identityShown) {
            showIdentity();
        }
        // The deepest menu entry the address lies under: "teams/12" is under "teams", and
        // "households/register" is its own entry, not "households".
        String path = event.getLocation().getPath();
        String currentHref = links.stream().map(RouterLink::getHref)
                .filter(href -> path.equals(href) || path.startsWith(href + "/"))
                .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
        links.forEach(link -> {
            boolean current = link.getHref().equals(currentHref);
            if (current) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
    }
}
