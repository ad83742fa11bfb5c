package vn.langso.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.household.HouseholdService;
import vn.langso.household.HouseholdSummary;
import vn.langso.household.Internet;
import vn.langso.household.Readiness;
import vn.langso.household.VisitActivity;
import vn.langso.household.VisitInbox;
import vn.langso.household.VisitStatus;
import vn.langso.household.VisitSubmission;
import vn.langso.learning.AttemptSubmission;
import vn.langso.learning.LessonContent;
import vn.langso.learning.LessonService;
import vn.langso.learning.LessonToTake;
import vn.langso.place.PlaceLevel;
import vn.langso.report.Dashboard;
import vn.langso.report.DashboardQuery;
import vn.langso.report.DashboardService;
import vn.langso.report.Indicator;
import vn.langso.report.MonthFigures;
import vn.langso.report.PlaceFigures;
import vn.langso.report.TopicCompletions;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;
import vn.langso.support.MariaDbApp;

/**
 * The dashboards on MariaDB with the demo province and its year of history: the summary reads (path prefixes,
 * conditional sums), the "as of today" reads (team activity, visits in the last 30 and 90 days), and the rebuild
 * of the summary from the records (window functions, year()/month(), sums of booleans) giving back exactly what
 * the visit and completion transactions kept along the way.
 */
class DashboardQueriesOnMariaDbIT {

    private static MariaDbApp mariaDb;
    private static DashboardService dashboards;
    private static JdbcClient jdbc;

    @BeforeAll
    static void start() throws SQLException {
        mariaDb = new MariaDbApp();
        dashboards = mariaDb.bean(DashboardService.class);
        jdbc = mariaDb.bean(JdbcClient.class);
    }

    @AfterAll
    static void stop() throws SQLException {
        if (mariaDb != null) {
            mariaDb.close();
        }
    }

    @Test
    void theProvinceAdminSeesAYearOfWorkInEveryCommune() {
        Dashboard province = AsUser.provinceAdmin(() -> dashboards.dashboard(new DashboardQuery(null, null, null)));
        assertThat(province.place().level()).isEqualTo(PlaceLevel.PROVINCE);
        assertThat(province.parts()).hasSize(12).allSatisfy(commune -> {
            assertThat(commune.figure(Indicator.REACHED).numerator()).isPositive();
            assertThat(commune.completions()).isPositive();
        });
        PlaceFigures total = province.total();
        assertThat(total.figure(Indicator.REACHED).denominator()).isEqualTo(count("select count(*) from household"));
        assertThat(total.figure(Indicator.SMARTPHONE).percent()).isBetween(70.0, 88.0);
        assertThat(total.figure(Indicator.PAYS_CASHLESS).percent()).isBetween(40.0, 60.0);
        assertThat(total.figure(Indicator.BASIC_SKILLS).numerator()).isPositive();
        assertThat(total.figure(Indicator.VISITED_30_DAYS).numerator()).isPositive();
        assertThat(total.figure(Indicator.TEAM_COVERAGE).percent()).isBetween(75.0, 99.0);
        assertThat(total.newLearners()).isPositive();
        assertThat(province.topics()).allSatisfy(topic -> assertThat(topic.completions()).isPositive());
        assertThat(total.inactiveMembers()).isPositive().isLessThan(total.members() / 4);

        List<MonthFigures> trend = province.trend();
        assertThat(trend).hasSize(12);
        long firstQuarter = trend.subList(0, 3).stream().mapToLong(MonthFigures::visits).sum();
        long lastFullQuarter = trend.subList(8, 11).stream().mapToLong(MonthFigures::visits).sum();
        assertThat(lastFullQuarter).as("visits rise through the year").isGreaterThan(firstQuarter);
        assertThat(trend.getLast().figure(Indicator.REACHED).numerator())
                .isGreaterThan(trend.getFirst().figure(Indicator.REACHED).numerator());
    }

    @Test
    void theCommuneLeaderSeesTheirVillagesAndWhoIsInactive() {
        Dashboard commune = AsUser.as(DemoUsers.COMMUNE_LEADER, "COMMUNE_LEADER",
                () -> dashboards.dashboard(new DashboardQuery(null, null, null)));
        assertThat(commune.place().level()).isEqualTo(PlaceLevel.COMMUNE);
        assertThat(commune.parts()).isNotEmpty();
        assertThat(commune.members()).isNotEmpty().anyMatch(member -> member.visits() > 0)
                .anyMatch(member -> member.visits() == 0);
        assertThat(commune.teams()).isNotEmpty();
        Dashboard village = AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER",
                () -> dashboards.dashboard(new DashboardQuery(null, null, null)));
        assertThat(village.place().level()).isEqualTo(PlaceLevel.VILLAGE);
        assertThat(village.total().visits()).isPositive();
    }

    @Test
    void theSumsKeptAlongTheWayEqualARebuildFromTheRecords() {
        Map<Long, Map<String, Long>> before = sumsPerPlace();
        Dashboard beforeDashboard = wholeHistory();
        HouseholdService households = mariaDb.bean(HouseholdService.class);
        VisitInbox inbox = mariaDb.bean(VisitInbox.class);
        LessonService lessons = mariaDb.bean(LessonService.class);
        AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER", () -> {
            HouseholdSummary neverVisited = households.worklist().households().stream()
                    .filter(household -> household.lastVisit() == null).findFirst().orElseThrow();
            assertThat(inbox.receive(new VisitSubmission(UUID.randomUUID().toString(), neverVisited.id(), null,
                    Instant.now(), Set.of(VisitActivity.VNEID), new Readiness(1, Internet.FIBRE, true, true, false,
                    true, false), null, true, null, false)).status()).isEqualTo(VisitStatus.SAVED);
            return null;
        });
        AsUser.as(DemoUsers.LEARNER, "LEARNER", () -> {
            LessonToTake lesson = lessons.lesson("set-screen-lock");
            return lessons.submit(new AttemptSubmission(UUID.randomUUID().toString(), lesson.versionId(),
                    lesson.content().questions().stream().map(LessonContent.Question::correctChoice).toList()));
        });
        Map<Long, Map<String, Long>> kept = sumsPerPlace();
        assertThat(kept).isNotEqualTo(before);

        assertThat(AsUser.provinceAdmin(dashboards::rebuildFigures)).isPositive();

        assertThat(sumsPerPlace()).isEqualTo(kept);
        Dashboard rebuilt = wholeHistory();
        assertThat(rebuilt.total().visits()).isEqualTo(beforeDashboard.total().visits() + 1);
        assertThat(rebuilt.topics().stream().mapToLong(TopicCompletions::completions).sum())
                .isEqualTo(beforeDashboard.topics().stream().mapToLong(TopicCompletions::completions).sum() + 1);
        assertThat(rebuilt.total().figure(Indicator.REACHED).numerator())
                .isEqualTo(beforeDashboard.total().figure(Indicator.REACHED).numerator() + 1);
    }

    private static Dashboard wholeHistory() {
        YearMonth thisMonth = AsUser.provinceAdmin(dashboards::thisMonth);
        return AsUser.provinceAdmin(() -> dashboards.dashboard(new DashboardQuery(null,
                thisMonth.minusMonths(DashboardService.LONGEST_PERIOD_MONTHS - 1), thisMonth)));
    }

    /** Every column of the summary, summed over the months, per place (a month may differ, a place may not). */
    private static Map<Long, Map<String, Long>> sumsPerPlace() {
        Map<Long, Map<String, Long>> sums = new HashMap<>();
        jdbc.sql("select * from place_month_figures").query(rs -> {
            ResultSetMetaData columns = rs.getMetaData();
            Map<String, Long> place = sums.computeIfAbsent(rs.getLong("place_id"), id -> new HashMap<>());
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                String column = columns.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                if (!column.equals("place_id") && !column.equals("month_start")) {
                    place.merge(column, rs.getLong(i), Long::sum);
                }
            }
        });
        sums.values().removeIf(place -> place.values().stream().allMatch(value -> value == 0));
        return sums;
    }

    private static long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
