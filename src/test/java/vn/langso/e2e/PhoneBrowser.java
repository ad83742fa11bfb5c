package vn.langso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.langso.support.Environment;

/**
 * Debian's Chromium driven by Playwright, sized like a cheap Android phone (360x800). Browser downloads do not
 * work here, so Playwright never fetches a browser of its own.
 */
public final class PhoneBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("langso.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    public PhoneBrowser() {
        Environment.require(Files.isExecutable(CHROMIUM), "Chromium (" + CHROMIUM + ")");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    public BrowserContext newPhone() {
        return patient(browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(360, 800)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")));
    }

    /** A desktop screen, for the leaders who read their dashboard at the commune office. */
    BrowserContext newDesktop() {
        return patient(browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 800)
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setAcceptDownloads(true)));
    }

    /**
     * Twice Playwright's 30 s per action: on a shared 2-core machine under a load average of 20 a Vaadin round trip
     * has taken longer than that, and a journey then failed for the machine, not for the app.
     */
    private static BrowserContext patient(BrowserContext context) {
        context.setDefaultTimeout(60_000);
        return context;
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    static final String DEMO_PASSWORD = vn.langso.support.DemoUsers.PASSWORD;

    /** Waits until Vaadin has loaded and no server round trip is under way, as TestBench's waitForVaadin does. */
    public static void waitForVaadin(Page page) {
        page.waitForFunction("""
                () => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                   && Object.keys(window.Vaadin.Flow.clients).length > 0
                   && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())""");
    }

    /** Types a demo account's username and password into the sign-in form and submits it. */
    public static void signInWithDemoAccount(Page page, String username) {
        waitForVaadin(page);
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(DEMO_PASSWORD);
        submitSignIn(page, username);
    }

    static void submitSignIn(Page page, String username) {
        waitForVaadin(page);
        page.locator("vaadin-login-form vaadin-button").first().click();
        try {
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(".main-layout"))
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                            .setTimeout(15_000));
        } catch (AssertionError notSignedIn) {
            screenshot(page, "failed-sign-in-" + username);
            throw new AssertionError("Not signed in as " + username + "; the page shows: "
                    + page.locator("body").innerText(), notSignedIn);
        }
    }

    /** Opens a combo box, types nothing, and takes its first entry. */
    static void choose(Page page, String label) {
        page.getByLabel(label).click();
        page.locator("vaadin-combo-box-item:visible").first().click();
        waitForVaadin(page);
    }

    /** Nothing may stick out sideways on a 360 px screen. */
    static void assertNoHorizontalOverflow(Page page) {
        // The screen's own width, not window.innerWidth: a phone zooms out to fit a page that is too wide, and then
        // innerWidth grows with it.
        Object widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
        List<?> pair = (List<?>) widths;
        int screen = page.viewportSize().width;
        assertThat(((Number) pair.get(0)).intValue()).as("page width vs. screen width on " + page.url())
                .isLessThanOrEqualTo(screen);
        assertThat(((Number) pair.get(1)).intValue()).as("layout width vs. screen width on " + page.url())
                .isLessThanOrEqualTo(screen);
    }

    /** Every visible button, link and field is at least 44 px tall, so a thumb hits it. */
    static void assertTouchTargetsAreLarge(Page page) {
        Object small = page.evaluate("""
                () => [...document.querySelectorAll(
                    'vaadin-button, a[href], vaadin-text-field, vaadin-password-field, vaadin-checkbox')]
                  .filter(e => e.offsetParent !== null || e.getClientRects().length > 0)
                  .map(e => [e.tagName + ' ' + (e.innerText || e.getAttribute('name') || '').trim(),
                             Math.round(e.getBoundingClientRect().height)])
                  .filter(([, h]) => h > 0 && h < 44)""");
        assertThat((List<?>) small).as("touch targets under 44 px on " + page.url()).isEmpty();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
