package vn.langso.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.household.HouseholdService;
import vn.langso.household.HouseholdSummary;
import vn.langso.household.Readiness;
import vn.langso.household.VisitActivity;
import vn.langso.household.VisitService;
import vn.langso.household.VisitSubmission;
import vn.langso.place.PlaceNotFoundException;
import vn.langso.report.ui.DashboardScreen;
import vn.langso.report.ui.OverviewView;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;

/**
 * A commune leader opens their dashboard: every indicator as numerator / denominator and %, per village in a table
 * they can sort, team activity with inactive teams and members flagged, villages with no team flagged, and nothing
 * of another commune.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(DemoUsers.COMMUNE_LEADER)
class CommuneLeaderSeesTheirDashboardTest extends SpringBrowserlessTest {

    @Autowired
    DashboardService dashboards;

    @Autowired
    HouseholdService households;

    @Autowired
    VisitService visits;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDashboardShowsEveryIndicatorAsACountOverACountAndThePercentage() {
        navigate(OverviewView.class);
        assertThat(DashboardScreen.tiles()).hasSize(Indicator.values().length);
        String path = communePath();
        long households = count("""
                select count(*) from household h join place p on p.id = h.village_id
                where p.path like ? and h.removed_at is null""", path + "%");
        long reached = count("""
                select count(*) from household h join place p on p.id = h.village_id
                where p.path like ? and h.removed_at is null and h.visit_count > 0""", path + "%");
        assertThat(households).isPositive();
        java.text.NumberFormat vietnamese = java.text.NumberFormat.getIntegerInstance(java.util.Locale.of("vi"));
        assertThat(tileRatio(Indicator.REACHED))
                .isEqualTo(vietnamese.format(reached) + "\u00a0/\u00a0" + vietnamese.format(households) + " hộ");
        long villages = count("""
                select count(*) from place p join place_type t on t.code = p.type_code
                where p.path like ? and p.active = true and t.level = 'VILLAGE'""", path + "%");
        long withTeam = count("""
                select count(distinct p.id) from place p join team t on t.place_id = p.id and t.status = 'ACTIVE'
                join place_type pt on pt.code = p.type_code
                where p.path like ? and p.active = true and pt.level = 'VILLAGE'""", path + "%");
        assertThat(tileRatio(Indicator.TEAM_COVERAGE)).isEqualTo(withTeam + "\u00a0/\u00a0" + villages + " thôn");
    }

    @Test
    void aVisitOfAHouseholdNeverVisitedMovesTheCommunesFigureAtOnce() {
        Figure before = dashboards.dashboard(new DashboardQuery(null, null, null)).total().figure(Indicator.REACHED);
        HouseholdSummary neverVisited = AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER",
                () -> households.worklist().households().stream().filter(h -> h.lastVisit() == null).findFirst()
                        .orElseThrow());
        AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER", () -> visits.record(new VisitSubmission(
                UUID.randomUUID().toString(), neverVisited.id(), null, Instant.now(), Set.of(VisitActivity.QR_PAYMENT),
                Readiness.UNKNOWN, null, true, null, false)));
        Figure after = dashboards.dashboard(new DashboardQuery(null, null, null)).total().figure(Indicator.REACHED);
        assertThat(after).isEqualTo(new Figure(before.numerator() + 1, before.denominator()));
    }

    @Test
    void theVillageTableListsEveryVillageAndSortsByTheTappedColumn() {
        navigate(OverviewView.class);
        Dashboard dashboard = dashboards.dashboard(new DashboardQuery(null, null, null));
        assertThat(dashboard.parts()).isNotEmpty();
        Div table = find(Div.class).withClassName("figure-table").all().getFirst();
        List<String> names = texts(table, "tbody th");
        assertThat(names).containsExactlyInAnyOrderElementsOf(dashboard.parts().stream().map(PlaceFigures::name).toList());
        DashboardScreen.tapHeading(table, "Thôn, bản");
        names = texts(table, "tbody th");
        assertThat(names).isSortedAccordingTo(vn.langso.common.VietnameseText.order());
        DashboardScreen.tapHeading(table, "Số lượng");
        List<Long> reached = texts(table, "tbody td:nth-child(3)").stream()
                .map(text -> Long.parseLong(text.split("/")[0].replaceAll("[^0-9]", ""))).toList();
        assertThat(reached).isSortedAccordingTo(Comparator.reverseOrder());

        // what no heading sends (a forged request) leaves the table as it was
        String before = table.getElement().getOuterHTML();
        for (String forged : new String[] {"3", "99", "-1", "1e3", "", "abc", "١"}) {
            DashboardScreen.sendHeadingTap(table, forged);
        }
        assertThat(table.getElement().getOuterHTML()).isEqualTo(before);
    }

    @Test
    void inactiveTeamsAndMembersAndVillagesWithoutATeamAreFlagged() {
        Dashboard dashboard = dashboards.dashboard(new DashboardQuery(null, null, null));
        List<String> withoutTeam = jdbc.sql("""
                select p.name from place p join place_type t on t.code = p.type_code
                where p.path like ? and p.active = true and t.level = 'VILLAGE'
                and not exists (select 1 from team m where m.place_id = p.id and m.status = 'ACTIVE')""")
                .param(communePath() + "%").query(String.class).list();
        assertThat(dashboard.villagesWithoutTeam()).containsExactlyInAnyOrderElementsOf(withoutTeam);
        assertThat(dashboard.members()).anyMatch(MemberActivity::inactive);
        assertThat(dashboard.members()).anyMatch(member -> !member.inactive())
                .as("the demo team member visited households this month");
        navigate(OverviewView.class);
        // Team activity is folded under its heading; the leader opens it.
        find(com.vaadin.flow.component.details.Details.class).withClassName("report-fold").all().stream()
                .filter(section -> section.getSummary().getElement().getText().equals("Hoạt động của tổ trong 30 ngày qua")).findFirst()
                .orElseThrow().setOpened(true);
        long flaggedRows = find(Div.class).withClassName("figure-table").all().stream()
                .mapToLong(table -> table.getElement().getOuterHTML().split("class=\"flagged\"", -1).length - 1).sum();
        long inactive = dashboard.members().stream().filter(MemberActivity::inactive).count()
                + dashboard.teams().stream().filter(TeamActivity::inactive).count();
        assertThat(flaggedRows).isEqualTo(inactive);
        if (!withoutTeam.isEmpty()) {
            assertThat(find(Paragraph.class).withClassName("flagged-text").single().getText())
                    .startsWith(withoutTeam.size() + " thôn chưa có Tổ Công nghệ số");
        }
    }

    @Test
    void anotherCommunesFiguresAreRefusedAndTheRefusalIsLogged() {
        long otherCommune = jdbc.sql("""
                select p.id from place p join place_type t on t.code = p.type_code
                where t.level = 'COMMUNE' and p.path not like ? order by p.id""").param(communePath() + "%")
                .query(Long.class).list().getFirst();
        long refusalsBefore = count("select count(*) from audit_event where action = 'REFUSED_OUT_OF_SCOPE'");
        assertThatThrownBy(() -> dashboards.dashboard(new DashboardQuery(otherCommune, null, null)))
                .isInstanceOf(PlaceNotFoundException.class);
        com.vaadin.flow.component.UI.getCurrent().navigate(OverviewView.class,
                com.vaadin.flow.router.QueryParameters.of("place", String.valueOf(otherCommune)));
        assertThat(find(Paragraph.class).withClassName("form-problem").single().getText())
                .startsWith("Không tìm thấy địa bàn này");
        assertThat(find(com.vaadin.flow.component.html.H2.class).single().getText()).endsWith(
                dashboards.dashboard(new DashboardQuery(null, null, null)).place().name());
        assertThat(count("select count(*) from audit_event where action = 'REFUSED_OUT_OF_SCOPE'"))
                .isEqualTo(refusalsBefore + 2);
        assertThatThrownBy(() -> dashboards.setTarget(Indicator.SMARTPHONE, 80, java.time.LocalDate.of(2027, 12, 31)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aPeriodInThePastShowsThatPeriodsVisits() {
        YearMonth month = dashboards.thisMonth();
        Dashboard thisMonth = dashboards.dashboard(new DashboardQuery(null, month, month));
        long visitsThisMonth = count("""
                select count(*) from visit v join place p on p.id = v.village_id
                where p.path like ? and v.visited_on >= ?""", communePath() + "%",
                java.sql.Date.valueOf(month.atDay(1)));
        assertThat(thisMonth.total().visits()).isEqualTo(visitsThisMonth);
        assertThat(thisMonth.trend()).hasSize(1);
        Dashboard longAgo = dashboards.dashboard(new DashboardQuery(null, month.minusMonths(30), month.minusMonths(29)));
        assertThat(longAgo.total().visits()).isZero();
        assertThat(longAgo.trend()).hasSize(2);
    }

    private String communePath() {
        return jdbc.sql("select p.path from place p join user_account u on u.place_id = p.id where u.username = ?")
                .param(DemoUsers.COMMUNE_LEADER).query(String.class).single();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private String tileRatio(Indicator indicator) {
        return DashboardScreen.tile(indicator).select(".indicator-ratio").getFirst().wholeText();
    }

    private static List<String> texts(Div table, String selector) {
        return org.jsoup.Jsoup.parse(table.getElement().getOuterHTML()).select(selector).eachText();
    }
}
