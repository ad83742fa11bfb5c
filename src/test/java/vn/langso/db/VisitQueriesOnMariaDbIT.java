package vn.langso.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.household.HouseholdService;
import vn.langso.household.HouseholdSummary;
import vn.langso.household.Internet;
import vn.langso.household.NewHousehold;
import vn.langso.household.Readiness;
import vn.langso.household.VisitActivity;
import vn.langso.household.VisitInbox;
import vn.langso.household.VisitReceipt;
import vn.langso.household.VisitStatus;
import vn.langso.household.VisitSubmission;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;
import vn.langso.support.MariaDbApp;

/** The visit queries that matter (worklist order, latest visit, exactly-once under races) on MariaDB. */
class VisitQueriesOnMariaDbIT {

    private static MariaDbApp mariaDb;
    private static HouseholdService households;
    private static VisitInbox inbox;
    private static JdbcClient jdbc;

    @BeforeAll
    static void start() throws SQLException {
        mariaDb = new MariaDbApp();
        households = mariaDb.bean(HouseholdService.class);
        inbox = mariaDb.bean(VisitInbox.class);
        jdbc = mariaDb.bean(JdbcClient.class);
    }

    @AfterAll
    static void stop() throws SQLException {
        if (mariaDb != null) {
            mariaDb.close();
        }
    }

    @Test
    void theWorklistShowsEachHouseholdsLatestVisitAndPutsTheUnvisitedFirst() {
        asMember(() -> {
            HouseholdSummary household = households.worklist().households().getFirst();
            assertThat(household.lastVisit()).isNull();
            Instant earlier = Instant.now().minus(Duration.ofDays(3));
            Instant later = Instant.now().minus(Duration.ofHours(2));
            inbox.receive(visit(household.id(), later, Set.of(VisitActivity.PUBLIC_SERVICE), "Lần sau 😊"));
            inbox.receive(visit(household.id(), earlier, Set.of(VisitActivity.VNEID), "Lần trước"));
            List<HouseholdSummary> list = households.worklist().households();
            HouseholdSummary after = list.stream().filter(h -> h.id() == household.id()).findFirst().orElseThrow();
            assertThat(after.lastVisit().activities()).containsExactly(VisitActivity.PUBLIC_SERVICE);
            assertThat(after.lastVisit().note()).isEqualTo("Lần sau 😊");
            assertThat(after.visitCount()).isEqualTo(2);
            int firstVisited = (int) list.stream().takeWhile(h -> h.lastVisit() == null).count();
            assertThat(list.subList(firstVisited, list.size())).allMatch(h -> h.lastVisit() != null);
            assertThat(list.subList(firstVisited, list.size()).stream().map(h -> h.lastVisit().visitedAt()).toList())
                    .isSorted();
            return null;
        });
    }

    @Test
    void theSameVisitSentFiveTimesAtOnceIsStoredOnce() throws Exception {
        long household = asMember(() -> households.worklist().households().getLast().id());
        VisitSubmission visit = visit(household, Instant.now(), Set.of(VisitActivity.QR_PAYMENT), "Trả tiền điện");
        NewHousehold added = new NewHousehold(UUID.randomUUID().toString(), asMember(() ->
                households.worklist().villages().getFirst().id()), "Lò Thị Ỏn", "Bản Mới", "0983 444 557", 2);
        VisitSubmission withNewHousehold = new VisitSubmission(UUID.randomUUID().toString(), null, added,
                Instant.now(), Set.of(VisitActivity.LESSON), null, null, true, null, false);
        ExecutorService phones = Executors.newFixedThreadPool(5);
        try {
            for (VisitSubmission sent : List.of(visit, withNewHousehold)) {
                List<Callable<VisitReceipt>> sends = java.util.Collections.nCopies(5, () -> asMember(() -> inbox.receive(sent)));
                List<VisitStatus> statuses = phones.invokeAll(sends).stream().map(VisitQueriesOnMariaDbIT::get)
                        .map(VisitReceipt::status).toList();
                assertThat(statuses).containsOnly(VisitStatus.SAVED, VisitStatus.DUPLICATE);
                assertThat(statuses).filteredOn(VisitStatus.SAVED::equals).hasSize(1);
                assertThat(jdbc.sql("select count(*) from visit where client_id = ?").param(sent.clientId())
                        .query(Long.class).single()).isEqualTo(1);
            }
        } finally {
            phones.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from household where client_id = ?").param(added.clientId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select head_name from household where client_id = ?").param(added.clientId())
                .query(String.class).single()).isEqualTo("Lò Thị Ỏn");
    }

    private static VisitSubmission visit(long household, Instant at, Set<VisitActivity> activities, String note) {
        return new VisitSubmission(UUID.randomUUID().toString(), household, null, at, activities,
                new Readiness(1, Internet.FIBRE, true, true, null, null, false), note, true, null, false);
    }

    private static <T> T asMember(java.util.function.Supplier<T> work) {
        return AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER", work);
    }

    private static VisitReceipt get(Future<VisitReceipt> future) {
        try {
            return future.get();
        } catch (Exception failed) {
            throw new AssertionError(failed);
        }
    }
}
