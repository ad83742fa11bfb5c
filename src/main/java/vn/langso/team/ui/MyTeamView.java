package vn.langso.team.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.langso.security.AccountService;
import vn.langso.security.AppRoles;
import vn.langso.team.TeamService;
import vn.langso.ui.AppIcon;

/** A team member's own team (read only): opens their village team's roster. */
@Route("my-team")
@PageTitle("Làng Số")
@Menu(order = 3.5, title = "nav.myTeam", icon = AppIcon.TEAMS)
@RolesAllowed(AppRoles.TEAM_MEMBER)
public class MyTeamView extends Div implements BeforeEnterObserver {

    private final TeamService teams;
    private final AccountService accounts;

    MyTeamView(TeamService teams, AccountService accounts) {
        this.teams = teams;
        this.accounts = accounts;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Long> mine = teams.myTeamIds(accounts.currentUser().placeId());
        if (mine.isEmpty()) {
            removeAll();
            add(new H2(getTranslation("nav.myTeam")), new Paragraph(getTranslation("team.mine.none")));
        } else {
            event.forwardTo(TeamView.class, new RouteParameters("teamId", String.valueOf(mine.getFirst())));
        }
    }
}
