package vn.langso.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.langso.e2e.PhoneBrowser.assertNoHorizontalOverflow;
import static vn.langso.e2e.PhoneBrowser.screenshot;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.learning.AttemptSubmission;
import vn.langso.learning.LessonContent;
import vn.langso.learning.LessonService;
import vn.langso.learning.LessonSummary;
import vn.langso.learning.LessonToTake;
import vn.langso.learning.Topic;
import vn.langso.support.AsUser;
import vn.langso.support.Villagers;

/**
 * The lessons issue's journey on a 360 px phone: a villager signs up with phone and PIN, takes the last lesson of a
 * topic, fails once, passes, and sees their certificate, which checks out on the public page. (The topic's other
 * lessons are completed through the service first, to keep the journey short.)
 */
class VillagerSignsUpLearnsAndGetsACertificateIT extends PhoneJourney {

    private static final String PIN = "5286";

    @Autowired
    LessonService lessons;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signUpFailOncePassAndGetTheCertificate() {
        String phone = Villagers.newPhone(PIN);
        String username = Villagers.e164(phone);
        try (BrowserContext phoneBrowser = browser.newPhone()) {
            Page page = phoneBrowser.newPage();
            page.navigate(url("/login"));
            PhoneBrowser.waitForVaadin(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng ký bằng số điện thoại")).click();
            page.getByLabel("Họ và tên").fill("Hoàng Thị Lan");
            page.getByLabel("Số điện thoại di động").fill(phone);
            PhoneBrowser.choose(page, "Xã, phường nơi bạn ở");
            PhoneBrowser.choose(page, "Thôn, bản, tổ dân phố");
            page.getByLabel("Mã PIN (4–6 chữ số)").fill(PIN);
            page.getByLabel("Nhập lại mã PIN").fill(PIN);
            page.getByText("Tôi đồng ý cho lưu thông tin của tôi như trên.").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo tài khoản")).click();
            assertThat(page.locator(".success-text")).containsText("Đã tạo tài khoản");
            page.locator("input[name=password]").fill(PIN);
            PhoneBrowser.submitSignIn(page, phone);

            List<LessonSummary> shopping = AsUser.as(username, "LEARNER", () -> lessons.catalogue().stream()
                    .filter(topic -> topic.topic().code() == Topic.ONLINE_SHOPPING).findFirst().orElseThrow().lessons());
            for (LessonSummary earlier : shopping.subList(0, shopping.size() - 1)) {
                AsUser.as(username, "LEARNER", () -> {
                    LessonToTake lesson = lessons.lesson(earlier.slug());
                    return lessons.submit(new AttemptSubmission(UUID.randomUUID().toString(), lesson.versionId(),
                            lesson.content().questions().stream().map(LessonContent.Question::correctChoice).toList()));
                });
            }
            String last = shopping.getLast().slug();
            LessonToTake lesson = AsUser.as(username, "LEARNER", () -> lessons.lesson(last));
            page.navigate(url("/lessons/" + last));
            LessonPages.readAllSteps(page, lesson);
            LessonPages.answer(page, lesson, false);
            assertThat(page.locator(".lesson-not-yet")).containsText("Chưa đạt");
            page.getByText("Làm lại bài tập").click();
            LessonPages.answer(page, lesson, true);
            assertThat(page.locator(".lesson-passed")).containsText("Chúc mừng");

            page.getByText("Về danh sách bài học").click();
            assertThat(page.locator(".certificates")).containsText("Tải chứng nhận (PDF)");
            screenshot(page, "64-villager-certificate");
            assertNoHorizontalOverflow(page);

            String code = jdbc.sql("select code from certificate where learner_name = 'Hoàng Thị Lan' and topic = ?")
                    .param(Topic.ONLINE_SHOPPING.name()).query(String.class).single();
            try (BrowserContext anyone = browser.newPhone()) {
                Page check = anyone.newPage();
                check.navigate(url("/certificates/" + code));
                assertThat(check.locator(".lesson-passed")).containsText("Chứng nhận này là thật");
                assertThat(check.locator("body")).containsText("Hoàng Thị Lan");
                screenshot(check, "65-certificate-check");
            }
        }
    }
}
