package vn.langso.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import vn.langso.learning.LessonContent;
import vn.langso.learning.LessonToTake;

/** What a learner does on the lesson screens, one server round trip at a time. */
final class LessonPages {

    private LessonPages() {
    }

    /** Taps "Tiếp" through every step, waiting for each, then opens the questions. */
    static void readAllSteps(Page page, LessonToTake lesson) {
        int steps = lesson.content().steps().size();
        for (int i = 1; i < steps; i++) {
            page.getByText("Tiếp", new Page.GetByTextOptions().setExact(true)).click();
            assertThat(page.locator(".lesson-counter")).hasText("Bước " + (i + 1) + "/" + steps);
        }
        page.getByText("Làm bài tập").click();
    }

    /** Answers every question, all right or all wrong, and hands in. */
    static void answer(Page page, LessonToTake lesson, boolean right) {
        List<LessonContent.Question> questions = lesson.content().questions();
        for (int i = 0; i < questions.size(); i++) {
            LessonContent.Question question = questions.get(i);
            int choice = right ? question.correctChoice() : (question.correctChoice() == 0 ? 1 : 0);
            assertThat(page.locator(".lesson-counter")).hasText("Câu " + (i + 1) + "/" + questions.size());
            page.locator(".lesson-choices vaadin-button", new Page.LocatorOptions()
                    .setHasText(question.choices().get(choice).text().vi())).first().click();
            assertThat(page.locator(".lesson-choices vaadin-button[aria-checked=true]")).hasCount(1);
            page.getByText(i == questions.size() - 1 ? "Nộp bài" : "Tiếp", new Page.GetByTextOptions().setExact(true))
                    .click();
        }
    }
}
