package vn.langso.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.langso.e2e.PhoneBrowser.assertNoHorizontalOverflow;
import static vn.langso.e2e.PhoneBrowser.assertTouchTargetsAreLarge;
import static vn.langso.e2e.PhoneBrowser.screenshot;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TeamMemberSignsInSwitchesLanguageAndSignsOutIT extends PhoneJourney {


    @Test
    void teamMemberOnAPhone() {
        try (BrowserContext phone = browser.newPhone()) {
            Page page = phone.newPage();
            page.navigate(url("/"));

            // The sign-in page, in Vietnamese, with the demo accounts listed.
            assertThat(page).hasURL(Pattern.compile(".*/login(\\?.*)?$"));
            assertThat(page.locator("vaadin-login-form")).containsText("Đăng nhập");
            assertThat(page.locator(".demo-accounts")).containsText("Thành viên tổ: tovien");
            screenshot(page, "01-sign-in-vi");
            assertNoHorizontalOverflow(page);
            assertTouchTargetsAreLarge(page);

            // A wrong password gets a clear message in Vietnamese.
            page.locator("input[name=username]").fill("tovien");
            page.locator("input[name=password]").fill("sai-mat-khau");
            page.locator("vaadin-login-form vaadin-button").first().click();
            assertThat(page.locator("vaadin-login-form")).containsText("Sai tên đăng nhập hoặc mật khẩu");
            screenshot(page, "02-wrong-password-vi");

            // Tapping the demo account fills the form; the team member lands on their village's households.
            page.locator(".demo-account", new Page.LocatorOptions().setHasText("tovien")).click();
            assertThat(page.locator("input[name=username]")).hasValue("tovien");
            assertThat(page.locator("input[name=password]")).hasValue(PhoneBrowser.DEMO_PASSWORD);
            PhoneBrowser.submitSignIn(page, "tovien");
            assertThat(page).hasURL(Pattern.compile(".*/households(\\?.*)?$"));
            assertThat(page.locator("visit-app .summary")).containsText("hộ chưa thăm");
            assertThat(page.locator(".user-name")).hasText("Nguyễn Đức Anh");
            assertThat(page.locator("connection-badge")).hasText("Trực tuyến");
            screenshot(page, "03-home-team-member-vi");
            assertNoHorizontalOverflow(page);
            assertTouchTargetsAreLarge(page);

            // Switch to English on the account page.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tài khoản")).click();
            assertThat(page.locator("h2")).hasText("Tài khoản");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(page.locator("h2")).hasText("Account");
            assertThat(page.locator(".bottom-nav")).containsText("Households");
            screenshot(page, "04-account-en");
            assertNoHorizontalOverflow(page);
            assertTouchTargetsAreLarge(page);

            // Sign out: back on the sign-in page.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            assertThat(page).hasURL(Pattern.compile(".*/login(\\?.*)?$"));
            assertThat(page.locator("vaadin-login-form")).isVisible();
            screenshot(page, "05-signed-out");

            // The language choice belongs to the user: signing in again shows English.
            signInAsDemoTeamMember(page);
            // ... including on the visit screen, which runs in the browser with texts from the server
            assertThat(page.locator("visit-app .summary")).containsText("not visited yet");

            // Leave the shared demo account as it was.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Account")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếng Việt")).click();
            assertThat(page.locator("h2")).hasText("Tài khoản");
        }
    }

    @Test
    void learnerChoosesEnglishOnTheSignInPageAndKeepsItOnTheNextSignIn() {
        try (BrowserContext phone = browser.newPhone()) {
            Page page = phone.newPage();
            page.navigate(url("/login"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(page.locator("vaadin-login-form")).containsText("Sign in");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            screenshot(page, "06-sign-in-en");
            assertNoHorizontalOverflow(page);

            signInAs(page, "nguoidan");
            assertThat(page.locator("h2")).hasText("Lessons");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Account")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            assertThat(page.locator("vaadin-login-form")).containsText("Đăng nhập");

            // A new sign-in (the sign-in page is Vietnamese again) brings back the learner's own choice.
            signInAs(page, "nguoidan");
            assertThat(page.locator("h2")).hasText("Lessons");
            assertThat(page.locator("html")).hasAttribute("lang", "en");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Account")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếng Việt")).click();
            assertThat(page.locator("h2")).hasText("Tài khoản");
        }
    }

    private static void signInAsDemoTeamMember(Page page) {
        signInAs(page, "tovien");
    }

    private static void signInAs(Page page, String username) {
        PhoneBrowser.signInWithDemoAccount(page, username);
    }
}
