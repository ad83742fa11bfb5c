package vn.langso.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.langso.e2e.PhoneBrowser.assertNoHorizontalOverflow;
import static vn.langso.e2e.PhoneBrowser.assertTouchTargetsAreLarge;
import static vn.langso.e2e.PhoneBrowser.screenshot;
import static vn.langso.e2e.PhoneBrowser.waitForVaadin;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.langso.support.DemoUsers;
import vn.langso.support.LessonWidgetsPage;
import vn.langso.support.QrReader;

/** Passing a lesson's link on from a phone at 360x800: QR code, copy, and the phone's share sheet. */
class ShareLinkIT extends PhoneJourney {

    /** The share sheet of an Android phone, which records what it was given instead of opening Zalo. */
    private static final String PHONE_THAT_SHARES = "navigator.share = async (data) => { window.__shared = data; };";

    @Test
    void copiesTheLinkAndSharesItWithTheTitle() throws Exception {
        try (BrowserContext phone = browser.newPhone()) {
            phone.addInitScript(PHONE_THAT_SHARES);
            phone.grantPermissions(List.of("clipboard-read", "clipboard-write"));
            Page page = sharePage(phone);

            // What the phone draws is what another phone's camera reads.
            assertThat(page.locator(".share-qr svg").boundingBox().width).isGreaterThanOrEqualTo(180);
            byte[] drawn = page.locator(".share-qr").screenshot();
            assertThat(QrReader.read(ImageIO.read(new ByteArrayInputStream(drawn))).getText())
                    .isEqualTo(LessonWidgetsPage.LINK);
            screenshot(page, "43-share-link");
            page.screenshot(new Page.ScreenshotOptions().setPath(PhoneBrowser.SCREENSHOTS.resolve("44-share-link-buttons.png")));
            assertNoHorizontalOverflow(page);
            assertTouchTargetsAreLarge(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sao chép liên kết")).click();
            assertThat(page.locator("vaadin-notification-card")).containsText("Đã sao chép liên kết");
            assertThat(page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(LessonWidgetsPage.LINK);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chia sẻ")).click();
            page.waitForFunction("() => window.__shared");
            assertThat(page.evaluate("() => window.__shared")).isEqualTo(Map.of("url", LessonWidgetsPage.LINK,
                    "title", LessonWidgetsPage.TITLE, "text", LessonWidgetsPage.TITLE));
        }
    }

    @Test
    void aPhoneWithoutAShareSheetShowsNoShareButton() {
        try (BrowserContext phone = browser.newPhone()) {
            Page page = sharePage(phone);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sao chép liên kết")))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chia sẻ"))).isHidden();
        }
    }

    private Page sharePage(BrowserContext phone) {
        Page page = signedIn(phone, DemoUsers.LEARNER);
        page.navigate(url("/test/lesson-widgets"));
        waitForVaadin(page);
        page.locator(".share-actions").evaluate("actions => actions.scrollIntoView({ block: 'center' })");
        return page;
    }
}
