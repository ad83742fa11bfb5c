package vn.langso.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.common.RaceRetry;
import vn.langso.learning.AttemptResult;
import vn.langso.learning.AttemptSubmission;
import vn.langso.learning.LessonContent;
import vn.langso.learning.LessonService;
import vn.langso.learning.LessonToTake;
import vn.langso.learning.TopicProgress;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;
import vn.langso.support.MariaDbApp;

/** The lesson queries that matter on MariaDB: content round trip, progress, best attempt, exactly-once. */
class LessonQueriesOnMariaDbIT {

    private static MariaDbApp mariaDb;
    private static LessonService lessons;
    private static JdbcClient jdbc;

    @BeforeAll
    static void start() throws SQLException {
        mariaDb = new MariaDbApp();
        lessons = mariaDb.bean(LessonService.class);
        jdbc = mariaDb.bean(JdbcClient.class);
    }

    @AfterAll
    static void stop() throws SQLException {
        if (mariaDb != null) {
            mariaDb.close();
        }
    }

    @Test
    void theShippedLessonsComeBackIntactAndProgressCountsTheBestAttempt() {
        asLearner(() -> {
            List<TopicProgress> catalogue = lessons.catalogue();
            assertThat(catalogue).hasSize(5);
            assertThat(catalogue.stream().mapToInt(topic -> topic.lessons().size()).sum()).isGreaterThanOrEqualTo(15);
            LessonToTake lesson = lessons.lesson("fake-police-or-bank-call");
            assertThat(lesson.content().title().vi()).contains("công an");
            List<Integer> right = lesson.content().questions().stream().map(LessonContent.Question::correctChoice).toList();
            List<Integer> wrong = right.stream().map(choice -> choice == 0 ? 1 : 0).toList();
            AttemptResult failed = lessons.submit(new AttemptSubmission(UUID.randomUUID().toString(), lesson.versionId(), wrong));
            assertThat(failed.passed()).isFalse();
            assertThat(failed.completed()).isFalse();
            AttemptResult passed = lessons.submit(new AttemptSubmission(UUID.randomUUID().toString(), lesson.versionId(), right));
            assertThat(passed.completed()).isTrue();
            assertThat(passed.attempts()).isEqualTo(2);
            assertThat(passed.bestScore()).isEqualTo(100);
            TopicProgress safety = lessons.catalogue().stream()
                    .filter(topic -> topic.topic().code().name().equals("SAFE_INTERNET")).findFirst().orElseThrow();
            assertThat(safety.completed()).isEqualTo(1);
            return null;
        });
    }

    @Test
    void fiveCopiesOfTheSameAttemptSentAtOnceCountOnce() throws Exception {
        LessonToTake lesson = asLearner(() -> lessons.lesson("check-payee-name"));
        List<Integer> right = lesson.content().questions().stream().map(LessonContent.Question::correctChoice).toList();
        AttemptSubmission attempt = new AttemptSubmission(UUID.randomUUID().toString(), lesson.versionId(), right);
        ExecutorService phones = Executors.newFixedThreadPool(5);
        try {
            List<Callable<AttemptResult>> sends = Collections.nCopies(5,
                    () -> asLearner(() -> RaceRetry.run(() -> lessons.submit(attempt))));
            for (var result : phones.invokeAll(sends)) {
                assertThat(result.get().completed()).isTrue();
            }
        } finally {
            phones.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from lesson_attempt where client_id = ?").param(attempt.clientId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from lesson_completion c join lesson l on l.id = c.lesson_id
                join user_account u on u.id = c.learner_id
                where l.slug = 'check-payee-name' and u.username = ?""").param(DemoUsers.LEARNER)
                .query(Long.class).single()).isEqualTo(1);
    }

    private static <T> T asLearner(java.util.function.Supplier<T> work) {
        return AsUser.as(DemoUsers.LEARNER, "LEARNER", work);
    }
}
