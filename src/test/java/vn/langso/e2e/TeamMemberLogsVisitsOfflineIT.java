package vn.langso.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.langso.e2e.PhoneBrowser.assertNoHorizontalOverflow;
import static vn.langso.e2e.PhoneBrowser.screenshot;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.Map;
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
            List<String> ids = queued.stream().map(visit -> (String) ((Map<?, ?>) visit).get("clientId")).toList();

            Response reload = page.reload();
            assertThat(reload.fromServiceWorker()).as("the page comes from the phone's cache").isTrue();
            assertThat(waiting(page)).hasAttribute("data-waiting", "3");
            assertThat(page.locator("visit-app[offline-shell] .card").first()).isVisible();
            screenshot(page, "51-member-offline-after-reload");
            assertThat(stored(ids)).isZero();

            phone.setOffline(false);
            page.evaluate("() => window.dispatchEvent(new Event('online'))");
            assertThat(waiting(page)).hasAttribute("data-waiting", "0",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
            assertThat(stored(ids)).isEqualTo(3);
            long byMember = storedBy(member);

            List<Object> statuses = List.copyOf((List<?>) page.evaluate(RESEND, queued));
            assertThat(statuses).containsExactly((Object) "DUPLICATE", "DUPLICATE", "DUPLICATE");
            assertThat(stored(ids)).isEqualTo(3);
            assertThat(storedBy(member)).isEqualTo(byMember);

            int taps = logTypicalVisit(page);
            assertThat(taps).isLessThanOrEqualTo(MAX_TAPS);
            assertThat(waiting(page)).hasAttribute("data-waiting", "0",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
            assertThat(storedBy(member)).as("a visit logged online goes straight to the server").isEqualTo(byMember + 1);
        }
    }

    /**
     * Issue 8: with a signal, saving a visit is one request (the POST, with the CSRF token the screen already has) and
     * the household shows as visited at once, where a fresh worklist would put it, without loading the list again.
     */
    @Test
    void onlineASaveIsOneRequestAndTheHouseholdShowsAsVisitedAtOnce() {
        try (BrowserContext phone = browser.newPhone()) {
            Page page = openWorklist(phone);
            Locator first = page.locator("visit-app .card").first();
            assertThat(first.locator(".tag.never")).isVisible();
            String head = first.locator(".name").innerText();
            List<String> requests = watchRequests(page);

            logTypicalVisit(page);
            assertThat(waiting(page)).hasAttribute("data-waiting", "0",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
            Locator visited = page.locator("visit-app .card").last();
            assertThat(visited.locator(".name")).hasText(head);
            assertThat(visited.locator(".last")).containsText("Hôm nay");
            assertThat(visited.locator(".tag")).hasCount(0);
            page.waitForTimeout(1_000); // room for a request that should not come (a reload of the worklist)
            assertThat(List.copyOf(requests)).as("requests for one save").containsExactly("POST /api/visits");
            List<String> onThePhone = names(page);

            page.reload();
            assertThat(page.locator("visit-app .card").first()).isVisible();
            assertThat(waiting(page)).hasAttribute("data-waiting", "0");
            assertThat(names(page)).as("the list as the server now gives it").isEqualTo(onThePhone);
        }
    }

    /** The screen keeps its CSRF token; when the server no longer takes it (a new sign-in), it fetches one and retries. */
    @Test
    void aSaveWithAStaleTokenFetchesAFreshOneAndGoesThrough() {
        long member = jdbc.sql("select id from user_account where username = ?").param(DemoUsers.TEAM_MEMBER)
                .query(Long.class).single();
        try (BrowserContext phone = browser.newPhone()) {
            Page page = openWorklist(phone);
            var again = phone.request().post(url("/login"), com.microsoft.playwright.options.RequestOptions.create()
                    .setForm(com.microsoft.playwright.options.FormData.create().set("username", DemoUsers.TEAM_MEMBER)
                            .set("password", DemoUsers.PASSWORD))
                    .setMaxRedirects(0));
            assertThat(again.headers().get("location")).doesNotContain("error");
            long before = storedBy(member);
            List<String> requests = watchRequests(page);

            logTypicalVisit(page);
            assertThat(waiting(page)).hasAttribute("data-waiting", "0",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
            assertThat(storedBy(member)).isEqualTo(before + 1);
            assertThat(List.copyOf(requests)).containsExactly("POST /api/visits", "GET /api/session", "POST /api/visits");
            assertThat(page.locator("visit-app .banner.bad")).hasCount(0);
        }
    }

    @Test
    void onlineAMemberAddsAHouseholdOnTheSpotAndCorrectsTheVisitTheSameDay() {
        try (BrowserContext phone = browser.newPhone()) {
            Page page = openWorklist(phone);
            page.locator("visit-app .add").click();
            Locator form = page.locator("visit-form");
            form.getByText("Đồng ý", new Locator.GetByTextOptions().setExact(true)).click();
            form.getByLabel("Tên chủ hộ").fill("Hoàng Thị Nụ");
            form.getByLabel("Xóm hoặc địa chỉ").fill("Xóm Mới");
            form.getByLabel("Số điện thoại (không bắt buộc)").fill("0968 12");
            form.locator(".save").click();
            assertThat(form.getByText("Hãy chọn ít nhất một việc đã làm.")).isVisible();
            assertThat(form.getByText("Số điện thoại chưa đúng, ví dụ 0912 345 678.")).isVisible();
            form.getByLabel("Số điện thoại (không bắt buộc)").fill("0968 123 456");
            form.getByText("Mở ví điện tử, ứng dụng ngân hàng").click();
            form.locator(".save").click();
            assertThat(waiting(page)).hasAttribute("data-waiting", "0",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
            assertThat(jdbc.sql("select count(*) from household where head_name = 'Hoàng Thị Nụ' and phone = '+84968123456'")
                    .query(Long.class).single()).isEqualTo(1);

            page.locator("visit-app .search").fill("hoang thi nu");
            page.locator("visit-app .card").first().click();
            assertThat(form.getByText("Lần thăm gần nhất")).isVisible();
            form.getByText("Sửa lượt thăm hôm nay thay vì ghi lượt mới").click();
            assertThat(form.getByText("Bạn đang sửa lượt thăm hôm nay.")).isVisible();
            form.getByText("Cảnh báo lừa đảo").click();
            form.locator(".save").click();
            assertThat(waiting(page)).hasAttribute("data-waiting", "0",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
            screenshot(page, "53-member-corrected-visit");
            var stored = jdbc.sql("""
                    select v.activities, v.corrected_at from visit v join household h on h.id = v.household_id
                    where h.head_name = 'Hoàng Thị Nụ'""").query().listOfRows();
            assertThat(stored).hasSize(1);
            assertThat(stored.getFirst().get("activities")).isEqualTo("BANK_OR_WALLET,SCAM_AWARENESS");
            assertThat(stored.getFirst().get("corrected_at")).isNotNull();
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

    /** What the page asks the server from now on, as "METHOD /path" (Vaadin's heartbeat aside). */
    private static List<String> watchRequests(Page page) {
        List<String> requests = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        page.onRequest(request -> {
            java.net.URI uri = java.net.URI.create(request.url());
            if (uri.getQuery() == null || !uri.getQuery().contains("v-r=heartbeat")) {
                requests.add(request.method() + " " + uri.getPath());
            }
        });
        return requests;
    }

    private static List<String> names(Page page) {
        return page.locator("visit-app .card .name").allInnerTexts();
    }

    private static Locator waiting(Page page) {
        return page.locator("visit-app .count");
    }

    private long stored(List<String> clientIds) {
        return jdbc.sql("select count(*) from visit where client_id in (:ids)").param("ids", clientIds)
                .query(Long.class).single();
    }

    private long storedBy(long member) {
        return jdbc.sql("select count(*) from visit where visited_by = ?").param(member).query(Long.class).single();
    }

    /** Every button, link and field inside the visit screen's shadow DOM is thumb-sized. */
    static void assertShadowTouchTargetsAreLarge(Page page) {
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
