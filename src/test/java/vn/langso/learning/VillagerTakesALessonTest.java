package vn.langso.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.learning.ui.LessonsView;
import vn.langso.support.DemoUsers;

/** A villager takes a lesson on the phone, gets a question wrong and sees why, tries again and completes it. */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(DemoUsers.LEARNER)
class VillagerTakesALessonTest extends SpringBrowserlessTest {

    private static final String LESSON = "pay-bill-by-qr";

    @Autowired
    LessonService lessons;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCatalogueShowsFiveTopicsWithAtLeastThreeLessonsEach() {
        navigate(LessonsView.class);
        List<TopicProgress> catalogue = lessons.catalogue();
        assertThat(catalogue).hasSize(5).allSatisfy(topic -> assertThat(topic.lessons()).hasSizeGreaterThanOrEqualTo(3));
        assertThat(catalogue.getFirst().topic().title().vi()).isEqualTo("Làm quen với điện thoại thông minh");
        assertThat(find(RouterLink.class).withClassName("lesson-card").all()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(find(Span.class).withText("Đã xong 0/4 bài").exists()).isTrue();
    }

    @Test
    void failsOnceSeesWhyThenPassesAndTheLessonCountsAsCompleted() {
        LessonToTake lesson = lessons.lesson(LESSON);
        navigate("lessons/" + LESSON, vn.langso.learning.ui.LessonView.class);
        readAllSteps(lesson);
        answer(lesson, false);
        assertThat(find(Paragraph.class).withClassName("lesson-not-yet").single().getText()).startsWith("Chưa đạt");
        String why = lesson.content().questions().getFirst().choices().get(wrongChoice(lesson.content().questions().getFirst()))
                .why().vi();
        assertThat(find(Paragraph.class).withText(why).exists()).as("the reason of a wrong answer is shown").isTrue();
        assertThat(completions()).isZero();

        test(find(Button.class).withText("Làm lại bài tập").single()).click();
        answer(lesson, true);
        assertThat(find(Paragraph.class).withClassName("lesson-passed").single().getText()).startsWith("Chúc mừng");
        assertThat(find(vn.langso.ui.ShareLink.class).single().getElement().getTextRecursively())
                .as("the lesson can be shared by link and QR code").isNotNull();
        assertThat(find(vn.langso.learning.ui.ListenButton.class).exists()).isFalse();
        assertThat(completions()).isEqualTo(1);
        var completion = jdbc.sql("""
                select c.best_score, c.attempts, c.mode, v.number from lesson_completion c
                join lesson_version v on v.id = c.lesson_version_id join lesson l on l.id = c.lesson_id
                join user_account u on u.id = c.learner_id where l.slug = ? and u.username = ?""")
                .params(LESSON, DemoUsers.LEARNER).query().singleRow();
        assertThat(completion.get("best_score")).isEqualTo(100);
        assertThat(completion.get("attempts")).isEqualTo(2);
        assertThat(completion.get("mode")).isEqualTo("SELF");
        assertThat(completion.get("number")).isEqualTo(1);
        navigate(LessonsView.class);
        assertThat(find(Span.class).withText("Đã xong · 100%").exists()).isTrue();
    }

    @Test
    void sendingTheSameAttemptAgainChangesNothingAndBadAnswersAreRefused() {
        LessonToTake lesson = lessons.lesson("never-share-otp");
        List<Integer> right = lesson.content().questions().stream().map(LessonContent.Question::correctChoice).toList();
        AttemptSubmission attempt = new AttemptSubmission(UUID.randomUUID().toString(), lesson.versionId(), right);
        AttemptResult first = lessons.submit(attempt);
        AttemptResult again = lessons.submit(attempt);
        assertThat(again).isEqualTo(first);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from lesson_attempt where client_id = ?").param(attempt.clientId())
                .query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> lessons.submit(new AttemptSubmission(UUID.randomUUID().toString(),
                lesson.versionId(), List.of(0)))).isInstanceOf(LessonRuleException.class)
                .hasMessage("lesson.answerEveryQuestion");
    }

    private void readAllSteps(LessonToTake lesson) {
        for (int i = 0; i < lesson.content().steps().size() - 1; i++) {
            assertThat(find(Span.class).withText("Bước " + (i + 1) + "/" + lesson.content().steps().size()).exists()).isTrue();
            assertThat(find(vn.langso.learning.ui.ListenButton.class).single().getText())
                    .isEqualTo(lesson.content().steps().get(i).text().vi());
            test(find(Button.class).withText("Tiếp").single()).click();
        }
        test(find(Button.class).withText("Làm bài tập").single()).click();
    }

    private void answer(LessonToTake lesson, boolean right) {
        List<LessonContent.Question> questions = lesson.content().questions();
        for (int i = 0; i < questions.size(); i++) {
            LessonContent.Question question = questions.get(i);
            int choice = right ? question.correctChoice() : wrongChoice(question);
            test(find(Button.class).withText(question.choices().get(choice).text().vi()).single()).click();
            test(find(Button.class).withText(i == questions.size() - 1 ? "Nộp bài" : "Tiếp").single()).click();
        }
    }

    private static int wrongChoice(LessonContent.Question question) {
        return question.correctChoice() == 0 ? 1 : 0;
    }

    private long completions() {
        return jdbc.sql("""
                select count(*) from lesson_completion c join lesson l on l.id = c.lesson_id
                join user_account u on u.id = c.learner_id where l.slug = ? and u.username = ?""")
                .params(LESSON, DemoUsers.LEARNER).query(Long.class).single();
    }
}
