package vn.langso.household.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.langso.security.AppRoles;
import vn.langso.ui.AppIcon;
import vn.langso.ui.Translations;

/**
 * Team member's home: the households still to visit and the visit form. The same element is rendered by the
 * service worker's cached page when the phone has no connection (frontend/index.ts), so this view stays a thin host.
 */
@Route("households")
@PageTitle("Làng Số")
@Menu(order = 3, title = "nav.households", icon = AppIcon.HOUSEHOLDS)
@RolesAllowed(AppRoles.TEAM_MEMBER)
public class HouseholdsView extends Div {

    HouseholdsView(Translations translations) {
        addClassName("page-flush");
        add(new VisitApp(translations.startingWith(getLocale(), "visit.", "consent.")));
    }
}
