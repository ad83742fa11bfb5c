package vn.langso.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.common.RaceRetry;
import vn.langso.household.HouseholdDetails;
import vn.langso.household.HouseholdRuleException;
import vn.langso.household.HouseholdService;
import vn.langso.household.HouseholdSummary;
import vn.langso.household.Internet;
import vn.langso.household.Readiness;
import vn.langso.household.VisitActivity;
import vn.langso.household.VisitInbox;
import vn.langso.household.VisitStatus;
import vn.langso.household.VisitSubmission;
import vn.langso.learning.AttemptResult;
import vn.langso.learning.AttemptSubmission;
import vn.langso.learning.LessonContent;
import vn.langso.learning.LessonService;
import vn.langso.learning.LessonToTake;
import vn.langso.learning.TopicProgress;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;
import vn.langso.support.MariaDbApp;
import vn.langso.team.MemberRow;
import vn.langso.team.PlaceTeamRow;
import vn.langso.team.TeamDecision;
import vn.langso.team.TeamDetails;
import vn.langso.team.TeamRuleException;
import vn.langso.team.TeamService;
import vn.langso.ui.Translations;

/**
 * Nothing a team sends is stored twice and nothing one editor saves is overwritten by another (issue 9, "Nothing
 * lost"): each of 200 visits and 200 lesson completions is sent five times at once and five times in a row, and two
 * people save the same household, team decision or team member at the same moment. Lines starting with
 * {@code NOTHING-LOST} are the figures docs/SECURITY.md quotes.
 */
class NothingIsLostOnMariaDbIT {

    private static final int RECORDS = 200;
    private static final int SENDS_AT_ONCE = 5;
    private static final int SENDS_IN_A_ROW = 5;
    private static final int RACES = 10;

    private static MariaDbApp mariaDb;
    private static HouseholdService households;
    private static VisitInbox inbox;
    private static LessonService lessons;
    private static TeamService teams;
    private static Translations translations;
    private static JdbcClient jdbc;
    private static ExecutorService phones;

    @BeforeAll
    static void start() throws SQLException {
        mariaDb = new MariaDbApp();
        households = mariaDb.bean(HouseholdService.class);
        inbox = mariaDb.bean(VisitInbox.class);
        lessons = mariaDb.bean(LessonService.class);
        teams = mariaDb.bean(TeamService.class);
        translations = mariaDb.bean(Translations.class);
        jdbc = mariaDb.bean(JdbcClient.class);
        phones = Executors.newFixedThreadPool(SENDS_AT_ONCE);
    }

    @AfterAll
    static void stop() throws SQLException {
        if (phones != null) {
            phones.shutdownNow();
        }
        if (mariaDb != null) {
            mariaDb.close();
        }
    }

    @Test
    void twoHundredVisitsEachSentFiveTimesAtOnceAndFiveInARowAreStoredOnceEach() {
        List<HouseholdSummary> worklist = asMember(() -> households.worklist().households());
        long visitsBefore = count("select count(*) from visit");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> ids = new ArrayList<>();
        List<VisitStatus> answers = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < RECORDS; i++) {
            VisitSubmission visit = new VisitSubmission(UUID.randomUUID().toString(),
                    worklist.get(i % worklist.size()).id(), null, now.minus(i + 1, ChronoUnit.MINUTES),
                    Set.of(VisitActivity.values()[i % VisitActivity.values().length]),
                    new Readiness(1 + i % 3, Internet.MOBILE, true, null, null, null, null), "Lần " + i, true, null,
                    false);
            ids.add(visit.clientId());
            List<VisitStatus> sends = sendTenTimes(i, () -> asMember(() -> inbox.receive(visit).status()));
            assertThat(sends).as("visit %d", i).containsOnly(VisitStatus.SAVED, VisitStatus.DUPLICATE);
            assertThat(sends).as("visit %d", i).filteredOn(VisitStatus.SAVED::equals).hasSize(1);
            answers.addAll(sends);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(count("select count(*) from visit") - visitsBefore).isEqualTo(RECORDS);
        assertThat(jdbc.sql("select count(distinct client_id) from visit where client_id in (:ids)")
                .param("ids", ids).query(Long.class).single()).isEqualTo(RECORDS);
        long saved = answers.stream().filter(VisitStatus.SAVED::equals).count();
        System.out.printf("NOTHING-LOST visits: %d sent %d times each (%d sends), %d stored, %d SAVED, %d DUPLICATE, "
                + "%d ms%n", RECORDS, SENDS_AT_ONCE + SENDS_IN_A_ROW, answers.size(),
                count("select count(*) from visit") - visitsBefore, saved, answers.size() - saved, millis);
    }

    @Test
    void twoHundredCompletionsEachSentFiveTimesAtOnceAndFiveInARowAreStoredOnceEach() {
        List<HouseholdSummary> worklist = asMember(() -> households.worklist().households());
        List<LessonToTake> taken = asMember(() -> lessons.catalogue().stream().map(TopicProgress::lessons)
                .flatMap(List::stream).map(lesson -> lessons.lesson(lesson.slug())).toList());
        long completionsBefore = count("select count(*) from lesson_completion");
        long attemptsBefore = count("select count(*) from lesson_attempt");
        List<String> ids = new ArrayList<>();
        int answers = 0;
        long started = System.nanoTime();
        for (int i = 0; i < RECORDS; i++) {
            LessonToTake lesson = taken.get(i % taken.size());
            AttemptSubmission attempt = new AttemptSubmission(UUID.randomUUID().toString(), lesson.versionId(),
                    lesson.content().questions().stream().map(LessonContent.Question::correctChoice).toList());
            long household = worklist.get(i % worklist.size()).id();
            String person = "Người học thứ " + i;
            ids.add(attempt.clientId());
            List<AttemptResult> results = sendTenTimes(i, () -> asMember(() -> RaceRetry.run(
                    () -> lessons.submitAssisted(attempt, household, person))));
            assertThat(results).as("completion %d", i).allSatisfy(result -> {
                assertThat(result.completed()).isTrue();
                assertThat(result.attempts()).as("counted as one attempt").isEqualTo(1);
            });
            assertThat(Set.copyOf(results)).as("every resend gets the first answer").hasSize(1);
            answers += results.size();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        long completions = count("select count(*) from lesson_completion") - completionsBefore;
        assertThat(completions).isEqualTo(RECORDS);
        assertThat(count("select count(*) from lesson_attempt") - attemptsBefore).isEqualTo(RECORDS);
        assertThat(jdbc.sql("select count(distinct client_id) from lesson_attempt where client_id in (:ids)")
                .param("ids", ids).query(Long.class).single()).isEqualTo(RECORDS);
        System.out.printf("NOTHING-LOST completions: %d sent %d times each (%d sends), %d completions and %d attempts "
                + "stored, every answer 'completed, 1 attempt', %d ms%n", RECORDS, SENDS_AT_ONCE + SENDS_IN_A_ROW,
                answers, completions, count("select count(*) from lesson_attempt") - attemptsBefore, millis);
    }

    @Test
    void twoLeadersSavingTheSameHouseholdAtOnceLoseNothingAndTheSecondSavesAfterReloading() {
        long village = memberVillage();
        long id = asLeader(() -> households.register(village, "")).stream()
                .filter(household -> household.headName() != null).findFirst().orElseThrow().id();
        int refused = 0;
        for (int round = 0; round < RACES; round++) {
            HouseholdSummary seen = asLeader(() -> households.household(id).household());
            String leadersAddress = "Xóm Trên " + round;
            String adminsAddress = "Xóm Dưới " + round;
            List<RuntimeException> outcomes = atOnce(
                    () -> asLeader(() -> edit(id, seen.version(), moved(seen, leadersAddress))),
                    () -> AsUser.provinceAdmin(() -> edit(id, seen.version(), moved(seen, adminsAddress))));
            int loser = loserOf(outcomes, "household.staleEdit");
            String winnersAddress = loser == 0 ? adminsAddress : leadersAddress;
            assertThat(address(id)).as("the first save stands").isEqualTo(winnersAddress);

            Supplier<HouseholdSummary> reload = () -> households.household(id).household();
            HouseholdSummary reloaded = loser == 0 ? asLeader(reload) : AsUser.provinceAdmin(reload);
            assertThat(reloaded.address()).isEqualTo(winnersAddress);
            String losersAddress = loser == 0 ? leadersAddress : adminsAddress;
            Supplier<Void> saveAgain = () -> edit(id, reloaded.version(), moved(reloaded, losersAddress));
            if (loser == 0) {
                asLeader(saveAgain);
            } else {
                AsUser.provinceAdmin(saveAgain);
            }
            assertThat(address(id)).isEqualTo(losersAddress);
            refused++;
        }
        System.out.printf("NOTHING-LOST household edits: %d races of two editors, %d second saves refused with "
                + "household.staleEdit, 0 overwritten, %d saved after reloading%n", RACES, refused, refused);
    }

    @Test
    void twoLeadersRecordingATeamDecisionAtOnceLoseNothingAndTheSecondSavesAfterReloading() {
        long team = teamsOfTheLeadersCommune().getFirst();
        int refused = 0;
        for (int round = 0; round < RACES; round++) {
            TeamDetails seen = asLeader(() -> teams.team(team));
            TeamDecision leaders = new TeamDecision(round + "/QĐ-UBND", null, "Hoàng Văn Sinh");
            TeamDecision admins = new TeamDecision(round + "/QĐ-SNV", null, "Lò Văn Pọm");
            List<RuntimeException> outcomes = atOnce(
                    () -> asLeader(() -> recordDecision(team, seen.version(), leaders)),
                    () -> AsUser.provinceAdmin(() -> recordDecision(team, seen.version(), admins)));
            int loser = loserOf(outcomes, "team.staleEdit");
            TeamDecision winners = loser == 0 ? admins : leaders;
            assertThat(asLeader(() -> teams.team(team)).decision().number()).isEqualTo(winners.number());

            TeamDecision losers = loser == 0 ? leaders : admins;
            Supplier<Void> reloadAndSave = () -> recordDecision(team, teams.team(team).version(), losers);
            if (loser == 0) {
                asLeader(reloadAndSave);
            } else {
                AsUser.provinceAdmin(reloadAndSave);
            }
            assertThat(asLeader(() -> teams.team(team)).decision().number()).isEqualTo(losers.number());
            refused++;
        }
        System.out.printf("NOTHING-LOST team decisions: %d races of two editors, %d second saves refused with "
                + "team.staleEdit, 0 overwritten, %d saved after reloading%n", RACES, refused, refused);
    }

    @Test
    void twoLeadersMovingTheSameMemberAtOnceLoseNothingAndTheSecondMovesThemAfterReloading() {
        List<Long> threeTeams = teamsOfTheLeadersCommune().subList(0, 3);
        MemberRow member = asLeader(() -> teams.team(threeTeams.getFirst())).members().stream()
                .filter(row -> !row.hasAccount()).findFirst().orElseThrow();
        long person = member.personId();
        int refused = 0;
        for (int round = 0; round < RACES; round++) {
            MemberRow seen = activeMembership(person);
            List<Long> targets = threeTeams.stream().filter(team -> team != seen.teamId()).toList();
            List<RuntimeException> outcomes = atOnce(
                    () -> asLeader(() -> teams.moveMember(seen.membershipId(), targets.get(0), null)),
                    () -> AsUser.provinceAdmin(() -> teams.moveMember(seen.membershipId(), targets.get(1), null)));
            int loser = loserOf(outcomes, "team.member.alreadyLeft");
            long winnersTeam = targets.get(1 - loser);
            assertThat(activeMembership(person).teamId()).as("the first move stands").isEqualTo(winnersTeam);

            long losersTeam = targets.get(loser);
            Supplier<Long> reloadAndMove = () -> teams.moveMember(activeMembership(person).membershipId(),
                    losersTeam, null);
            if (loser == 0) {
                asLeader(reloadAndMove);
            } else {
                AsUser.provinceAdmin(reloadAndMove);
            }
            assertThat(activeMembership(person).teamId()).isEqualTo(losersTeam);
            refused++;
        }
        System.out.printf("NOTHING-LOST member moves: %d races of two editors, %d second moves refused with "
                + "team.member.alreadyLeft, 0 overwritten, %d moved after reloading%n", RACES, refused, refused);
    }

    /** Odd records go five at once first, even ones five in a row first, so both start from a record not yet sent. */
    private static <T> List<T> sendTenTimes(int record, Callable<T> send) {
        List<T> answers = new ArrayList<>();
        boolean atOnceFirst = record % 2 == 1;
        for (int half = 0; half < 2; half++) {
            if ((half == 0) == atOnceFirst) {
                try {
                    for (Future<T> answer : phones.invokeAll(Collections.nCopies(SENDS_AT_ONCE, send))) {
                        answers.add(answer.get());
                    }
                } catch (InterruptedException | ExecutionException failed) {
                    throw new AssertionError("send of record " + record + " failed", failed);
                }
            } else {
                for (int i = 0; i < SENDS_IN_A_ROW; i++) {
                    try {
                        answers.add(send.call());
                    } catch (Exception failed) {
                        throw new AssertionError("send of record " + record + " failed", failed);
                    }
                }
            }
        }
        return answers;
    }

    /** Both saves released at the same moment; each outcome is null (saved) or what it threw. */
    private static List<RuntimeException> atOnce(Supplier<?> first, Supplier<?> second) {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<RuntimeException>> outcomes = new ArrayList<>();
        for (Supplier<?> save : List.of(first, second)) {
            outcomes.add(phones.submit(() -> {
                go.await();
                try {
                    save.get();
                    return null;
                } catch (RuntimeException refused) {
                    return refused;
                }
            }));
        }
        go.countDown();
        List<RuntimeException> results = new ArrayList<>();
        for (Future<RuntimeException> outcome : outcomes) {
            try {
                results.add(outcome.get());
            } catch (InterruptedException | ExecutionException failed) {
                throw new AssertionError(failed);
            }
        }
        return results;
    }

    /** Exactly one save went through; the other was told why, in both languages. Returns which one was refused. */
    private static int loserOf(List<RuntimeException> outcomes, String messageKey) {
        assertThat(outcomes).as("one save goes through").containsOnlyOnce((RuntimeException) null);
        int loser = outcomes.get(0) == null ? 1 : 0;
        RuntimeException refused = outcomes.get(loser);
        String key = refused instanceof HouseholdRuleException household ? household.messageKey()
                : refused instanceof TeamRuleException team ? team.messageKey() : null;
        assertThat(key).as("the second editor is told (%s)", refused).isEqualTo(messageKey);
        for (Locale language : List.of(Translations.VIETNAMESE, Translations.ENGLISH)) {
            assertThat(translations.getTranslation(key, language)).isNotBlank().doesNotContain(key);
        }
        return loser;
    }

    private static HouseholdDetails moved(HouseholdSummary household, String address) {
        return new HouseholdDetails(household.headName(), address, household.phone(), household.adults());
    }

    private static Void edit(long household, long version, HouseholdDetails details) {
        households.edit(household, version, details);
        return null;
    }

    private static Void recordDecision(long team, long version, TeamDecision decision) {
        teams.recordDecision(team, version, decision);
        return null;
    }

    private static String address(long household) {
        return jdbc.sql("select address from household where id = ?").param(household).query(String.class).single();
    }

    private static MemberRow activeMembership(long person) {
        long team = jdbc.sql("select team_id from team_membership where person_id = ? and left_on is null")
                .param(person).query(Long.class).single();
        return asLeader(() -> teams.team(team)).members().stream().filter(row -> row.personId() == person)
                .findFirst().orElseThrow();
    }

    private static long memberVillage() {
        return jdbc.sql("select place_id from user_account where username = ?").param(DemoUsers.TEAM_MEMBER)
                .query(Long.class).single();
    }

    private static List<Long> teamsOfTheLeadersCommune() {
        long commune = jdbc.sql("select place_id from user_account where username = ?")
                .param(DemoUsers.COMMUNE_LEADER).query(Long.class).single();
        return asLeader(() -> {
            var coverage = teams.coverage(commune);
            List<Long> found = new ArrayList<>();
            for (PlaceTeamRow row : coverage.villages()) {
                if (row.teamId() != null) {
                    found.add(row.teamId());
                }
            }
            return found;
        });
    }

    private static long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static <T> T asMember(Supplier<T> work) {
        return AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER", work);
    }

    private static <T> T asLeader(Supplier<T> work) {
        return AsUser.as(DemoUsers.COMMUNE_LEADER, "COMMUNE_LEADER", work);
    }
}
