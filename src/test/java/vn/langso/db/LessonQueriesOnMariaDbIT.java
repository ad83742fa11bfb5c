package vn.langso.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.imageio.ImageIO;
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
import vn.langso.learning.PictureFile;
import vn.langso.learning.TopicProgress;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;
import vn.langso.support.MariaDbApp;

/**
 * The lesson queries that matter on MariaDB: content round trip, progress, best attempt, exactly-once, and uploaded
 * pictures in a longblob.
 */
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

    @Test
    void anUploadedPictureIsALongBlobStoredOnceAndServedToAnyoneWithALongCache() throws Exception {
        byte[] upload = grainyPng(1000, 400);
        String reference = AsUser.provinceAdmin(() -> lessons.uploadPicture(upload));
        assertThat(AsUser.provinceAdmin(() -> lessons.uploadPicture(upload))).isEqualTo(reference);
        String name = reference.substring("u/".length());
        assertThat(jdbc.sql("select count(*) from lesson_picture where name = ?").param(name).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                select data_type from information_schema.columns
                where table_schema = database() and table_name = 'lesson_picture' and column_name = 'content'""")
                .query(String.class).single()).isEqualToIgnoringCase("longblob");

        PictureFile stored = lessons.uploadedPicture(name).orElseThrow();
        assertThat(stored.bytes().length).as("more than a plain blob holds").isGreaterThan(65_535);
        assertThat(stored.width()).isEqualTo(800);
        assertThat(ImageIO.read(new ByteArrayInputStream(stored.bytes())).getHeight()).isEqualTo(320);

        String base = "http://127.0.0.1:" + mariaDb.context().getEnvironment().getProperty("local.server.port");
        HttpResponse<byte[]> served = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/lesson-pictures/" + reference)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).as("no sign-in needed, like the shipped pictures").isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).contains(stored.contentType());
        assertThat(served.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "immutable");
        assertThat(served.body()).isEqualTo(stored.bytes());
        assertThat(HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/lesson-pictures/activate-vneid-level-2-1.svg")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).as("shipped pictures still served").isEqualTo(200);
    }

    private static byte[] grainyPng(int width, int height) throws java.io.IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x < 20 ? 0x00 : 0xFF) << 24 | random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static <T> T asLearner(java.util.function.Supplier<T> work) {
        return AsUser.as(DemoUsers.LEARNER, "LEARNER", work);
    }
}
