package vn.langso.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.langso.e2e.PhoneBrowser.assertNoHorizontalOverflow;
import static vn.langso.e2e.PhoneBrowser.screenshot;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.support.DemoUsers;

/**
 * The offline journey: with no signal a team member logs three visits, reloads the page (the queue is
 * still there), comes back online and exactly three visits reach the server; sending the same three again
 * changes nothing.
 */
class TeamMemberLogsVisitsOfflineIT extends PhoneJourney {

    private static final int MAX_TAPS = 8;

    @Autowired
    JdbcClient jdbc;

    @Test
    void threeVisitsLoggedOfflineAreStoredExactlyOnce() {
        Instant started = Instant.now().minusSeconds(1);
        long member = jdbc.sql("select id from user_account where username = ?").param(DemoUsers.TEAM_MEMBER)
                .query(Long.class).single();
        try (BrowserContext phone = browser.newPhone()) {
            Page page = openWorklist(phone);
            phone.setOffline(true);
            for (int i = 0; i < 3; i++) {
                long before = System.nanoTime();
                int taps = logTypicalVisit(page);
                long millis = (System.nanoTime() - before) / 1_000_000;
                System.out.printf("Offline visit %d: %d taps, %d ms scripted%n", i + 1, taps, millis);
                assertThat(taps).isLessThanOrEqualTo(MAX_TAPS);
                assertThat(waiting(page)).hasAttribute("data-waiting", String.valueOf(i + 1));
            }
            assertThat(waiting(page)).hasText("3 lượt thăm chờ gửi");
            screenshot(page, "50-member-offline-three-waiting");
            List<?> queued = (List<?>) page.evaluate(READ_OUTBOX);
            assertThat(queued).hasSize(3);

            Response reload = page.reload();
            assertThat(reload.fromServiceWorker()).as("the page comes from the phone's cache").isTrue();
            assertThat(waiting(page)).hasAttribute("data-waiting", "3");
            assertThat(page.locator("visit-app[offline-shell] .card").first()).isVisible();
            screenshot(page, "51-member-offline-after-reload");
            assertThat(storedSince(member, started)).isZero();

            phone.setOffline(false);
            page.evaluate("() => window.dispatchEvent(new Event('online'))");
            assertThat(waiting(page)).hasAttribute("data-waiting", "0",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
            assertThat(storedSince(member, started)).isEqualTo(3);

            List<Object> statuses = List.copyOf((List<?>) page.evaluate(RESEND, queued));
            assertThat(statuses).containsExactly((Object) "DUPLICATE", "DUPLICATE", "DUPLICATE");
            assertThat(storedSince(member, started)).isEqualTo(3);
        }
    }

    @Test
    void aVisitTheServerRefusesStaysOnThePhoneWithTheReason() {
        try (BrowserContext phone = browser.newPhone()) {
            Page page = openWorklist(phone);
            String head = page.locator("visit-app .card .name").first().innerText();
            phone.setOffline(true);
            logTypicalVisit(page);
            jdbc.sql("update household set removed_at = current_timestamp where head_name = ? and village_id = "
                    + "(select place_id from user_account where username = ?)").params(head, DemoUsers.TEAM_MEMBER).update();
            phone.setOffline(false);
            page.evaluate("() => window.dispatchEvent(new Event('online'))");
            Locator refused = page.locator("visit-app .refused");
            assertThat(refused).containsText("Hộ này không còn trong danh sách của thôn");
            assertThat(refused).containsText(head);
            screenshot(page, "52-member-visit-refused");
            refused.getByText("Bỏ lượt thăm này").click();
            assertThat(refused).hasCount(0);
        }
    }

    @Test
    void theVisitApiWantsASessionAndTheCsrfToken() {
        try (BrowserContext phone = browser.newPhone()) {
            Page anonymous = phone.newPage();
            anonymous.navigate(url("/login"));
            assertThat(anonymous.evaluate("async () => (await fetch('api/worklist', {redirect: 'manual'})).status"))
                    .isEqualTo(401);
            Page page = openWorklist(phone);
            Object withoutToken = page.evaluate("""
                    async () => (await fetch('api/visits', { method: 'POST', headers: {'Content-Type': 'application/json'},
                        body: JSON.stringify({visits: []}) })).status""");
            assertThat(withoutToken).isEqualTo(403);
        }
    }

    private Page openWorklist(BrowserContext phone) {
        Page page = signedIn(phone, DemoUsers.TEAM_MEMBER);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/households$"));
        assertThat(page.locator("visit-app .card").first()).isVisible();
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        assertNoHorizontalOverflow(page);
        assertShadowTouchTargetsAreLarge(page);
        return page;
    }

    /** Open the first household on the worklist, tick what was done, one answer, consent if not yet given, save. */
    private static int logTypicalVisit(Page page) {
        int taps = 0;
        page.locator("visit-app .card").first().click();
        taps++;
        Locator form = page.locator("visit-form");
        assertThat(form.locator(".save")).isVisible();
        assertNoHorizontalOverflow(page);
        form.getByText("Cài, kích hoạt VNeID").click();
        taps++;
        Locator consent = form.getByText("Đồng ý", new Locator.GetByTextOptions().setExact(true));
        if (consent.count() > 0) {
            consent.click();
            taps++;
        }
        form.locator("[aria-labelledby=q-vneidLevel2] button").first().click();
        taps++;
        form.locator(".save").click();
        taps++;
        assertThat(page.locator("visit-form")).hasCount(0);
        return taps;
    }

    private static Locator waiting(Page page) {
        return page.locator("visit-app .count");
    }

    private long storedSince(long member, Instant since) {
        return jdbc.sql("select count(*) from visit where visited_by = ? and received_at >= ?")
                .params(member, Timestamp.from(since)).query(Long.class).single();
    }

    /** Every button, link and field inside the visit screen's shadow DOM is thumb-sized. */
    private static void assertShadowTouchTargetsAreLarge(Page page) {
        Object small = page.evaluate("""
                () => {
                  const found = [];
                  const walk = root => root.querySelectorAll('*').forEach(e => {
                    if (e.matches('button, a[href], input, textarea')) {
                      const r = e.getBoundingClientRect();
                      if (r.height > 0 && r.height < 44) found.push(e.tagName + ' ' + e.textContent.trim() + ' ' + r.height);
                    }
                    if (e.shadowRoot) walk(e.shadowRoot);
                  });
                  walk(document.querySelector('visit-app').shadowRoot);
                  return found;
                }""");
        assertThat((List<?>) small).as("touch targets under 44 px in the visit screen").isEmpty();
    }

    private static final String READ_OUTBOX = """
            () => new Promise((resolve, reject) => {
              const open = indexedDB.open('langso-visits');
              open.onsuccess = () => {
                const all = open.result.transaction('outbox').objectStore('outbox').getAll();
                all.onsuccess = () => resolve(all.result);
                all.onerror = () => reject(all.error);
              };
              open.onerror = () => reject(open.error);
            })""";

    private static final String RESEND = """
            async visits => {
              const session = await (await fetch('api/session')).json();
              const body = visits.map(({clientId, householdId, newHousehold, visitedAt, activities, profile, note,
                  consent, position, correction}) => ({clientId, householdId, newHousehold, visitedAt, activities,
                  profile, note, consent, position, correction}));
              const response = await fetch('api/visits', { method: 'POST',
                  headers: { 'Content-Type': 'application/json', [session.csrfHeader]: session.csrfToken },
                  body: JSON.stringify({ visits: body }) });
              return (await response.json()).map(receipt => receipt.status);
            }""";
}
