package vn.langso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.household.HouseholdDetails;
import vn.langso.household.HouseholdService;
import vn.langso.household.HouseholdSummary;
import vn.langso.household.Internet;
import vn.langso.household.Readiness;
import vn.langso.household.VisitActivity;
import vn.langso.household.VisitService;
import vn.langso.household.VisitStatus;
import vn.langso.household.VisitSubmission;
import vn.langso.learning.AttemptSubmission;
import vn.langso.learning.LessonContent;
import vn.langso.learning.LessonService;
import vn.langso.learning.LessonToTake;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;

/**
 * The dashboards read sums kept along the way (one row per place and month). After visits, new and removed
 * households, a refused consent and completed lessons, every place's sums equal a recount from the raw records.
 */
@SpringBootTest
@ActiveProfiles("test")
class DashboardSumsMatchTheRecordsTest {

    @Autowired
    ApplicationContext app;

    @Autowired
    VisitService visits;

    @Autowired
    HouseholdService households;

    @Autowired
    LessonService lessons;

    @Autowired
    JdbcClient jdbc;

    @Test
    void afterVisitsHouseholdChangesAndLessonsEverySumEqualsARecountFromTheRecords() {
        long visitsBefore = totalOf("visits");
        List<HouseholdSummary> worklist = AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER",
                () -> households.worklist().households());
        HouseholdSummary first = worklist.get(0);
        HouseholdSummary second = worklist.get(1);
        AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER", () -> {
            assertThat(visit(first.id(), new Readiness(2, Internet.FIBRE, true, true, false, true, false), true))
                    .isEqualTo(VisitStatus.SAVED);
            assertThat(visit(first.id(), new Readiness(0, Internet.NONE, null, false, null, null, null), true))
                    .isEqualTo(VisitStatus.SAVED);
            return visit(second.id(), new Readiness(1, Internet.MOBILE, true, null, null, null, null), false);
        });
        long villageId = jdbc.sql("select village_id from household where id = ?").param(first.id())
                .query(Long.class).single();
        AsUser.as(DemoUsers.COMMUNE_LEADER, "COMMUNE_LEADER", () -> {
            long added = households.add(villageId, new HouseholdDetails("Hoàng Thị Mai", "Xóm Trên", null, 3));
            long version = jdbc.sql("select version from household where id = ?").param(added).query(Long.class).single();
            households.edit(added, version, new HouseholdDetails("Hoàng Thị Mai", "Xóm Trên", null, 4));
            long removed = households.add(villageId, new HouseholdDetails("Lý Văn Tới", "Xóm Dưới", null, 2));
            households.remove(removed, jdbc.sql("select version from household where id = ?").param(removed)
                    .query(Long.class).single());
            return null;
        });
        AsUser.as(DemoUsers.LEARNER, "LEARNER", () -> {
            LessonToTake lesson = lessons.lesson("report-a-scam");
            return lessons.submit(new AttemptSubmission(UUID.randomUUID().toString(), lesson.versionId(),
                    lesson.content().questions().stream().map(LessonContent.Question::correctChoice).toList()));
        });

        assertThat(totalOf("visits")).isEqualTo(visitsBefore + 3);
        assertThat(totalOf("learners")).isPositive();
        KeptSums.equalARecount(app);
    }

    private VisitStatus visit(long householdId, Readiness answers, boolean consent) {
        return visits.record(new VisitSubmission(UUID.randomUUID().toString(), householdId, null, Instant.now(),
                Set.of(VisitActivity.VNEID), answers, null, consent, null, false)).status();
    }

    private long totalOf(String column) {
        return jdbc.sql("select coalesce(sum(" + column + "), 0) from place_month_figures").query(Long.class).single();
    }
}
