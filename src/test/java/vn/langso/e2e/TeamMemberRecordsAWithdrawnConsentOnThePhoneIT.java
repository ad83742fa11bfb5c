package vn.langso.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.langso.e2e.PhoneBrowser.assertNoHorizontalOverflow;
import static vn.langso.e2e.PhoneBrowser.screenshot;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.household.VisitService;
import vn.langso.support.DemoUsers;

/**
 * Issue 9, consent: on the visit screen (360x800) a team member records that a household takes its consent back. A
 * second tap while the first is still on its way sends nothing more; the withdrawal is stored once, with the purpose
 * version, the time (UTC) and who recorded it, and audited once; the household leaves the worklist (also after a
 * reload) and its phone number is gone. Sending the withdrawal again later (another tab still showing the household)
 * changes nothing.
 */
class TeamMemberRecordsAWithdrawnConsentOnThePhoneIT extends PhoneJourney {

    private static final String WITHDRAW = "Gia đình rút lại đồng ý";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWithdrawalTappedTwiceIsRecordedOnceAndTheHouseholdLeavesTheWorklist() {
        Map<String, Object> household = aHouseholdThatGaveConsent();
        long id = ((Number) household.get("id")).longValue();
        String head = (String) household.get("head_name");
        Instant before = Instant.now().minusSeconds(1);
        try (BrowserContext phone = browser.newPhone()) {
            Page page = signedIn(phone, DemoUsers.TEAM_MEMBER);
            assertThat(page).hasURL(Pattern.compile(".*/households$"));
            page.locator("visit-app .search").fill(head);
            Locator card = page.locator("visit-app .card").filter(new Locator.FilterOptions().setHasText(head));
            assertThat(card).hasCount(1);
            card.click();
            Locator form = page.locator("visit-form");
            Locator withdraw = form.getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName(WITHDRAW));
            assertThat(withdraw).isVisible();
            assertNoHorizontalOverflow(page);
            TeamMemberLogsVisitsOfflineIT.assertShadowTouchTargetsAreLarge(page);
            screenshot(page, "54-member-consent-withdraw-button");

            List<String> dialogs = new ArrayList<>();
            page.onDialog(dialog -> {
                dialogs.add(dialog.type() + ": " + dialog.message());
                dialog.accept();
            });
            List<String> calls = new ArrayList<>();
            page.onRequest(request -> {
                String path = java.net.URI.create(request.url()).getPath();
                if (path.startsWith("/api/")) {
                    calls.add(request.method() + " " + path);
                }
            });
            // The first tap's request is held on its way, as on a slow line, while the finger taps again.
            List<Route> held = new ArrayList<>();
            page.route("**/consent-withdrawal", held::add);
            ElementHandle button = withdraw.elementHandle();
            button.click();
            page.waitForCondition(() -> held.size() == 1);
            assertThat(form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("Đang ghi nhận việc rút lại đồng ý…"))).isDisabled();
            button.click(new ElementHandle.ClickOptions().setForce(true));
            page.waitForTimeout(500); // room for a second request that should not come
            screenshot(page, "55-member-consent-withdrawing");
            page.unroute("**/consent-withdrawal");
            List.copyOf(held).forEach(Route::resume);

            assertThat(page.locator("visit-app").getByText("Đã ghi nhận hộ " + head + " rút lại đồng ý.")).isVisible();
            assertThat(form).hasCount(0);
            screenshot(page, "56-member-consent-withdrawn");
            // One request for two taps, with the CSRF token the screen keeps (no session fetched first).
            String withdrawal = "POST /api/households/" + id + "/consent-withdrawal";
            assertThat(calls.getFirst()).isEqualTo(withdrawal);
            assertThat(calls).as("requests sent").filteredOn(withdrawal::equals).hasSize(1);
            assertThat(dialogs).as("asked once, no failure reported").hasSize(1)
                    .allSatisfy(dialog -> assertThat(dialog).startsWith("confirm: Gia đình rút lại đồng ý cho lưu"));

            page.locator("visit-app .search").fill(head);
            assertThat(card).hasCount(0);
            page.reload();
            assertThat(page.locator("visit-app .card").first()).isVisible();
            page.locator("visit-app .search").fill(head);
            assertThat(card).hasCount(0); // not offered for visits after a reload either

            Object again = page.evaluate("""
                    async id => {
                      const session = await (await fetch('api/session')).json();
                      return (await fetch('api/households/' + id + '/consent-withdrawal', { method: 'POST',
                          headers: { [session.csrfHeader]: session.csrfToken } })).status;
                    }""", Math.toIntExact(id));
            assertThat(again).as("the same withdrawal sent again later").isEqualTo(204);
        }

        var withdrawals = jdbc.sql("""
                select purpose_version, recorded_at, recorded_by from household_consent
                where household_id = ? and given = false""").param(id).query().listOfRows();
        assertThat(withdrawals).as("stored once").hasSize(1);
        assertThat(withdrawals.getFirst().get("purpose_version")).isEqualTo(VisitService.PURPOSE_VERSION);
        assertThat(withdrawals.getFirst().get("recorded_by")).isEqualTo(DemoUsers.TEAM_MEMBER);
        assertThat(utc(withdrawals.getFirst().get("recorded_at"))).isAfter(before).isBefore(Instant.now());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CONSENT_WITHDRAWN' and detail = ?")
                .param("household " + id).query(Long.class).single()).as("audited once").isEqualTo(1);
        var now = jdbc.sql("select consent, phone from household where id = ?").param(id).query().singleRow();
        assertThat(now.get("consent")).isEqualTo("WITHDRAWN");
        assertThat(now.get("phone")).as("its phone number is gone").isNull();
    }

    /** A household of the member's village that agreed on an earlier visit and left a phone number. */
    private Map<String, Object> aHouseholdThatGaveConsent() {
        return jdbc.sql("""
                select h.id, h.head_name from household h
                where h.village_id = (select place_id from user_account where username = ?)
                  and h.consent = 'GIVEN' and h.removed_at is null and h.phone is not null
                  and (select count(*) from household o where o.village_id = h.village_id
                       and o.head_name = h.head_name) = 1
                order by h.id desc""").param(DemoUsers.TEAM_MEMBER).query().listOfRows().getFirst();
    }

    private static Instant utc(Object timestamp) {
        return timestamp instanceof java.sql.Timestamp ts ? ts.toLocalDateTime().toInstant(ZoneOffset.UTC)
                : ((java.time.LocalDateTime) timestamp).toInstant(ZoneOffset.UTC);
    }
}
