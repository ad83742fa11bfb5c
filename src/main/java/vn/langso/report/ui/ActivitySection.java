package vn.langso.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Comparator;
import java.util.Locale;
import vn.langso.place.PlaceLevel;
import vn.langso.report.Dashboard;
import vn.langso.report.MemberActivity;
import vn.langso.report.TeamActivity;

/** Visits per team and member in the last 30 days, with inactive ones and villages without a team flagged. */
class ActivitySection extends Div {

    ActivitySection(Dashboard dashboard) {
        addClassName("report-section");
        Locale locale = getLocale();
        if (!dashboard.villagesWithoutTeam().isEmpty()) {
            Paragraph warning = new Paragraph(getTranslation("report.activity.villagesWithoutTeam",
                    dashboard.villagesWithoutTeam().size()));
            warning.addClassName("flagged-text");
            UnorderedList villages = new UnorderedList(dashboard.villagesWithoutTeam().stream()
                    .map(ListItem::new).toArray(ListItem[]::new));
            villages.addClassName("flagged-list");
            add(warning, villages);
        }
        if (dashboard.place().level() == PlaceLevel.PROVINCE) {
            add(new Paragraph(getTranslation("report.activity.seeCommunes")));
            return;
        }
        long inactiveTeams = dashboard.teams().stream().filter(TeamActivity::inactive).count();
        long inactiveMembers = dashboard.members().stream().filter(MemberActivity::inactive).count();
        add(new Paragraph(getTranslation("report.activity.summary", dashboard.teams().size(), inactiveTeams,
                dashboard.members().size(), inactiveMembers)));
        FigureTable<TeamActivity> teams = new FigureTable<>(getTranslation("report.activity.teams"));
        teams.column(getTranslation("report.activity.team"), TeamActivity::place,
                Comparator.comparing(TeamActivity::place, vn.langso.common.VietnameseText.order()), false)
                .column(getTranslation("report.activity.members"), team -> String.valueOf(team.members()),
                        Comparator.comparingInt(TeamActivity::members), true)
                .column(getTranslation("report.activity.visits"), team -> team.inactive()
                                ? getTranslation("report.activity.none") : FigureText.count(team.visits(), locale),
                        Comparator.comparingLong(TeamActivity::visits), true)
                .rowClass(team -> team.inactive() ? "flagged" : null);
        teams.setRows(dashboard.teams());
        FigureTable<MemberActivity> members = new FigureTable<>(getTranslation("report.activity.memberTable"));
        members.column(getTranslation("report.activity.member"), MemberActivity::name,
                Comparator.comparing(MemberActivity::name, vn.langso.common.VietnameseText.order()), false)
                .column(getTranslation("report.activity.team"), MemberActivity::teamPlace,
                        Comparator.comparing(MemberActivity::teamPlace, vn.langso.common.VietnameseText.order()), false)
                .column(getTranslation("report.activity.visits"), member -> !member.hasAccount()
                                ? getTranslation("report.activity.noAccount")
                                : member.inactive() ? getTranslation("report.activity.none")
                                : FigureText.count(member.visits(), locale),
                        Comparator.comparingLong(MemberActivity::visits), true)
                .rowClass(member -> member.inactive() ? "flagged" : null);
        members.setRows(dashboard.members());
        com.vaadin.flow.component.details.Details memberDetails = new com.vaadin.flow.component.details.Details(
                getTranslation("report.activity.showMembers", dashboard.members().size(), inactiveMembers), members);
        add(teams, memberDetails);
    }
}
