package vn.langso.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langso.learning.LessonService;
import vn.langso.learning.LessonToTake;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;

/**
 * The app under its Content-Security-Policy in a real Chromium: signing in, the visit screen with its service worker
 * (and its reload with no signal), a lesson, and a dashboard with charts all work, and the browser reports not one
 * violation. Signing out ends the session: its cookie opens nothing afterwards.
 */
class TheAppRunsUnderItsContentSecurityPolicyIT extends PhoneJourney {

    /** Chromium reports each blocked script, style, image or connection as this event, and in the console. */
    private static final String REPORT_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation',
                e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));""";

    @Autowired
    LessonService lessons;

    @Test
    void signInVisitsOfflineALessonAndADashboardRunWithoutAViolation() {
        List<String> violations = new CopyOnWriteArrayList<>();
        try (BrowserContext phone = browser.newPhone(); BrowserContext desk = browser.newDesktop()) {
            for (BrowserContext context : List.of(phone, desk)) {
                context.addInitScript(REPORT_VIOLATIONS);
                context.onConsoleMessage(message -> {
                    if (message.text().contains("CSP violation") || message.text().contains("Content Security Policy")) {
                        violations.add(message.text());
                    }
                });
            }
            Page page = phone.newPage();
            Response signInPage = page.navigate(url("/login"));
            assertThat(signInPage.headers().get("content-security-policy")).contains("script-src", "frame-ancestors");
            PhoneBrowser.signInWithDemoAccount(page, DemoUsers.TEAM_MEMBER);
            page.navigate(url("/households"));
            assertThat(page.locator("visit-app .card").first()).isVisible();
            page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
            page.reload();
            assertThat(page.locator("visit-app .card").first()).isVisible();
            assertThat(page.evaluate("() => navigator.serviceWorker.controller !== null")).isEqualTo(true);
            phone.setOffline(true);
            Response offline = page.reload();
            assertThat(offline.fromServiceWorker()).as("the visit screen from the phone's cache").isTrue();
            assertThat(page.locator("visit-app .card").first()).isVisible();
            phone.setOffline(false);

            String slug = AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER",
                    () -> lessons.catalogue().getFirst().lessons().getFirst().slug());
            LessonToTake lesson = AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER", () -> lessons.lesson(slug));
            page.navigate(url("/lessons/" + slug));
            LessonPages.readAllSteps(page, lesson);
            assertThat(page.locator(".lesson-counter")).containsText("Câu 1/");

            Page dashboard = desk.newPage();
            dashboard.navigate(url("/login"));
            PhoneBrowser.signInWithDemoAccount(dashboard, DemoUsers.COMMUNE_LEADER);
            dashboard.navigate(url("/overview"));
            assertThat(dashboard.locator("lang-chart canvas").first()).isVisible();

            assertThat(violations).as("Content-Security-Policy violations reported by Chromium").isEmpty();
            System.out.println("SIGN-IN CSP: sign-in, visit screen with service worker and offline reload, a lesson, "
                    + "a dashboard chart in Chromium: 0 violations");

            Cookie session = phone.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID")).findFirst()
                    .orElseThrow();
            page.navigate(url("/account"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();
            assertThat(page.locator("vaadin-login-form")).isVisible();
            try (BrowserContext copy = browser.newPhone()) {
                copy.addCookies(List.of(session));
                assertThat(copy.request().get(url("/api/session")).status()).as("the signed-out session's cookie")
                        .isEqualTo(401);
            }
        }
    }
}
