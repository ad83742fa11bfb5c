package vn.langso.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.langso.common.VietnameseText;
import vn.langso.place.PlaceNotFoundException;
import vn.langso.place.PlaceRef;
import vn.langso.place.PlaceService;
import vn.langso.security.AppRoles;
import vn.langso.team.CommuneCoverage;
import vn.langso.team.PlaceTeamRow;
import vn.langso.team.RosterService;
import vn.langso.team.TeamService;
import vn.langso.team.TeamWarning;
import vn.langso.ui.AppIcon;

/** A commune's teams at a glance: its commune team, every village, and which villages still lack a team. */
@Route("teams")
@PageTitle("Làng Số")
@Menu(order = 2.5, title = "nav.teams", icon = AppIcon.TEAMS)
@RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
public class TeamsView extends Div implements BeforeEnterObserver {

    static final String COMMUNE_PARAMETER = "commune";

    private final TeamService teams;
    private final RosterService roster;
    private final List<PlaceRef> communes;
    private final ComboBox<PlaceRef> communePicker = new ComboBox<>();
    private final Div content = new Div();
    private long communeId;

    TeamsView(TeamService teams, RosterService roster, PlaceService places, AuthenticationContext authentication) {
        this.teams = teams;
        this.roster = roster;
        this.communes = places.communesInMyScope();
        addClassName("page");
        add(new H2(getTranslation("teams.title")));
        if (communes.size() > 1) {
            communePicker.setLabel(getTranslation("teams.commune"));
            communePicker.setItems((PlaceRef commune, String filter) -> VietnameseText.searchKey(commune.name())
                    .contains(VietnameseText.searchKey(filter)), communes);
            communePicker.setItemLabelGenerator(commune -> commune.label(getLocale()));
            communePicker.setWidthFull();
            communePicker.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    getUI().ifPresent(ui -> ui.navigate(TeamsView.class,
                            QueryParameters.of(COMMUNE_PARAMETER, String.valueOf(change.getValue().id()))));
                }
            });
            add(communePicker);
        }
        add(content);
        if (authentication.hasRole(AppRoles.PROVINCE_ADMIN)) {
            add(new SizeGuidanceForm(teams, this::reload));
            // The change history has no place in a phone's bottom bar of seven; it lives with the teams.
            com.vaadin.flow.router.RouterLink history = new com.vaadin.flow.router.RouterLink(
                    getTranslation("nav.history"), ChangeHistoryView.class);
            history.addClassName("history-link");
            add(history);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (communes.isEmpty()) {
            content.removeAll();
            content.add(new Paragraph(getTranslation("teams.noCommune")));
            return;
        }
        communeId = event.getLocation().getQueryParameters().getSingleParameter(COMMUNE_PARAMETER)
                .flatMap(TeamsView::parseId).orElse(communes.getFirst().id());
        try {
            show(teams.coverage(communeId));
        } catch (PlaceNotFoundException | vn.langso.team.TeamRuleException notAllowed) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show(CommuneCoverage coverage) {
        if (communes.size() > 1) {
            communes.stream().filter(commune -> commune.id() == coverage.commune().place().id()).findFirst()
                    .ifPresent(communePicker::setValue);
        }
        content.removeAll();
        Paragraph summary = new Paragraph(getTranslation("teams.summary", coverage.villagesWithTeam(),
                coverage.villages().size()));
        summary.addClassName("summary");
        RouterLink importLink = new RouterLink(getTranslation("teams.import"), RosterImportView.class,
                new RouteParameters("communeId", String.valueOf(coverage.commune().place().id())));
        importLink.addClassName("button-link");
        importLink.addComponentAsFirst(AppIcon.create(AppIcon.UPLOAD));
        Div actions = new Div(importLink, RosterExport.link(roster, coverage, this));
        actions.addClassName("actions");
        content.add(summary, actions, row(coverage.commune()));
        coverage.villages().forEach(village -> content.add(row(village)));
    }

    private Div row(PlaceTeamRow row) {
        Span name = new Span(row.place().label(getLocale()));
        name.addClassName("row-title");
        Div text = new Div(name);
        text.addClassName("row-text");
        Div item = new Div();
        item.addClassNames("team-row", row.hasTeam() ? "has-team" : "no-team");
        if (row.hasTeam()) {
            Span detail = new Span(getTranslation("teams.members", row.activeMembers())
                    + (row.leaderName() == null ? "" : " · " + getTranslation("teams.leader", row.leaderName())));
            detail.addClassName("row-detail");
            text.add(detail);
            row.warnings().forEach(warning -> text.add(warningChip(warning)));
            RouterLink open = new RouterLink("", TeamView.class, new RouteParameters("teamId", String.valueOf(row.teamId())));
            open.addClassName("row-link");
            open.add(text);
            item.add(open);
        } else {
            text.add(warningChip(TeamWarning.NO_TEAM));
            Button create = new Button(getTranslation("teams.create"), AppIcon.create(AppIcon.ADD),
                    click -> new TeamDecisionDialog(teams, row.place(), this::reload).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            item.add(text, create);
        }
        return item;
    }

    private Span warningChip(TeamWarning warning) {
        Span chip = new Span(getTranslation(warning.messageKey()));
        chip.addClassNames("chip", warning == TeamWarning.NO_TEAM ? "chip-error" : "chip-warning");
        return chip;
    }

    private void reload() {
        show(teams.coverage(communeId));
    }

    private static java.util.Optional<Long> parseId(String value) {
        try {
            return java.util.Optional.of(Long.parseLong(value));
        } catch (NumberFormatException notANumber) {
            return java.util.Optional.empty();
        }
    }
}
