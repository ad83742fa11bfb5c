package vn.langso.household.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.langso.security.AccountService;
import vn.langso.security.AppRoles;
import vn.langso.ui.AppIcon;

/** Team member's home: the households of their village still to visit (the worklist comes with the visits issue). */
@Route("households")
@PageTitle("Làng Số")
@Menu(order = 3, title = "nav.households", icon = AppIcon.HOUSEHOLDS)
@RolesAllowed(AppRoles.TEAM_MEMBER)
public class HouseholdsView extends Div {

    HouseholdsView(AccountService accounts) {
        addClassName("page");
        add(new H2(getTranslation("households.title", accounts.currentUser().placeLabel(getLocale()))),
                new Paragraph(getTranslation("households.comingSoon")));
    }
}
