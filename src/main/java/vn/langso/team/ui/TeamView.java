package vn.langso.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import vn.langso.place.PlaceNotFoundException;
import com.vaadin.flow.component.notification.Notification;
import vn.langso.security.AccountRuleException;
import vn.langso.security.AppRoles;
import vn.langso.team.MemberRow;
import vn.langso.team.RosterService;
import vn.langso.team.TeamDetails;
import vn.langso.team.TeamNotFoundException;
import vn.langso.team.TeamRuleException;
import vn.langso.team.TeamService;
import vn.langso.ui.AppIcon;
import vn.langso.ui.Dates;

/** One team: its founding decision, what needs fixing, and its members as cards to call or message. */
@Route("teams/:teamId")
@PageTitle("Làng Số")
@RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
public class TeamView extends Div implements BeforeEnterObserver {

    private final TeamService teams;
    private final RosterService roster;
    private final boolean canEdit;
    private long teamId;

    TeamView(TeamService teams, RosterService roster, AuthenticationContext authentication) {
        this.teams = teams;
        this.roster = roster;
        this.canEdit = authentication.hasAnyRole(AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER);
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            teamId = Long.parseLong(event.getRouteParameters().get("teamId").orElse(""));
            show(teams.team(teamId));
        } catch (NumberFormatException | TeamNotFoundException | PlaceNotFoundException notInScope) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(TeamDetails team) {
        removeAll();
        add(new H2(getTranslation("team.title", team.place().label(getLocale()))));
        Div decision = new Div(new Span(team.decision().number() == null || team.decision().number().isBlank()
                ? getTranslation("team.decision.none")
                : getTranslation("team.decision.summary", team.decision().number(), Dates.format(team.decision().date()),
                        team.decision().signer() == null ? "" : team.decision().signer())));
        decision.addClassName("decision");
        if (canEdit) {
            Button edit = new Button(getTranslation("team.decision.edit"),
                    click -> new TeamDecisionDialog(teams, team, this::reload).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            decision.add(edit);
        }
        add(decision);
        Div export = new Div(RosterExport.teamLink(roster, team, this));
        export.addClassName("actions");
        add(export);
        team.warnings().forEach(warning -> {
            Paragraph chip = new Paragraph(getTranslation(warning.messageKey() + ".long", team.maxMembers()));
            chip.addClassNames("warning-banner");
            chip.addComponentAsFirst(AppIcon.create(AppIcon.WARNING));
            add(chip);
        });
        H3 membersTitle = new H3(getTranslation("team.members.title", team.members().size()));
        add(membersTitle);
        if (canEdit) {
            Button addMember = new Button(getTranslation("team.member.add"), AppIcon.create(AppIcon.ADD),
                    click -> new MemberDialog(teams, team.teamId(), this::reload).open());
            addMember.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            addMember.addClassName("wide-button");
            add(addMember);
        }
        long communeId = team.place().level() == vn.langso.place.PlaceLevel.COMMUNE ? team.place().id()
                : team.place().parentId();
        team.members().forEach(member -> add(new MemberCard(member, canEdit ? actions(member, communeId) : null)));
        if (!team.formerMembers().isEmpty()) {
            Div former = new Div();
            team.formerMembers().forEach(member -> former.add(new MemberCard(member, null)));
            add(new Details(getTranslation("team.members.former", team.formerMembers().size()), former));
        }
    }

    private Div actions(MemberRow member, long communeId) {
        Button move = new Button(getTranslation("team.member.move"),
                click -> new MoveMemberDialog(teams, member, communeId, this::reload).open());
        move.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button leave = new Button(getTranslation("team.member.leave"),
                click -> new LeaveTeamDialog(teams, member, this::reload).open());
        leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(move, leave);
        if (!member.hasAccount()) {
            Button account = new Button(getTranslation("team.member.account.create"),
                    click -> createAccount(member));
            account.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.addComponentAsFirst(account);
        }
        actions.addClassName("card-actions");
        return actions;
    }

    private void createAccount(MemberRow member) {
        try {
            String oneTimePassword = teams.createAccountFor(member.membershipId());
            reload();
            new OneTimePasswordDialog(member, oneTimePassword).open();
        } catch (AccountRuleException refused) {
            Notification.show(getTranslation(refused.messageKey()), 5000, Notification.Position.MIDDLE);
        } catch (TeamRuleException refused) {
            Notification.show(getTranslation(refused.messageKey()), 5000, Notification.Position.MIDDLE);
        }
    }

    private void reload() {
        show(teams.team(teamId));
    }
}
