package vn.langso.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.langso.e2e.PhoneBrowser.assertNoHorizontalOverflow;
import static vn.langso.e2e.PhoneBrowser.assertTouchTargetsAreLarge;
import static vn.langso.e2e.PhoneBrowser.screenshot;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langso.learning.LessonService;
import vn.langso.learning.LessonToTake;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;

/**
 * A villager opens a lesson link shared in the village Zalo group, signs in, reads the steps, gets a question wrong,
 * reads why, tries again and completes the lesson.
 */
class LearnerTakesALessonFromASharedLinkIT extends PhoneJourney {

    private static final String LESSON = "fake-links-and-prize-messages";

    @Autowired
    LessonService lessons;

    @Test
    void fromTheLinkToACompletedLesson() {
        LessonToTake lesson = AsUser.as(DemoUsers.LEARNER, "LEARNER", () -> lessons.lesson(LESSON));
        try (BrowserContext phone = browser.newPhone()) {
            Page page = phone.newPage();
            AtomicLong transferred = new AtomicLong();
            page.onRequestFinished(request -> transferred.addAndGet(
                    request.sizes().responseBodySize + request.sizes().responseHeadersSize));
            page.navigate(url("/lessons/" + LESSON));
            int taps = 0;
            PhoneBrowser.waitForVaadin(page);
            page.locator("input[name=username]").fill(DemoUsers.LEARNER);
            taps++;
            page.locator("input[name=password]").fill(PhoneBrowser.DEMO_PASSWORD);
            taps++;
            PhoneBrowser.submitSignIn(page, DemoUsers.LEARNER);
            taps++;
            assertThat(page).hasURL(Pattern.compile(".*/lessons/" + LESSON + ".*"));
            assertThat(page.locator(".lesson-counter")).hasText("Bước 1/" + lesson.content().steps().size());
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            System.out.printf("BENCHMARK shared lesson link: %d taps to the first step when signed out, %d KB "
                    + "transferred (compressed) including the sign-in page%n", taps, transferred.get() / 1024);
            assertThat(page.locator(".lesson-picture")).isVisible();
            screenshot(page, "60-learner-lesson-step");
            assertNoHorizontalOverflow(page);
            assertTouchTargetsAreLarge(page);

            LessonPages.readAllSteps(page, lesson);
            LessonPages.answer(page, lesson, false);
            assertThat(page.locator(".lesson-not-yet")).containsText("Chưa đạt");
            assertThat(page.locator(".review-wrong").first()).isVisible();
            screenshot(page, "61-learner-not-yet");
            assertNoHorizontalOverflow(page);

            page.getByText("Làm lại bài tập").click();
            LessonPages.answer(page, lesson, true);
            assertThat(page.locator(".lesson-passed")).containsText("Chúc mừng");
            screenshot(page, "62-learner-passed");
            page.getByText("Về danh sách bài học").click();
            Locator card = page.locator(".lesson-card", new Page.LocatorOptions().setHasText(lesson.content().title().vi()));
            assertThat(card).containsText("Đã xong · 100%");
            screenshot(page, "63-learner-catalogue");
            assertNoHorizontalOverflow(page);
            assertTouchTargetsAreLarge(page);
        }
    }
}
