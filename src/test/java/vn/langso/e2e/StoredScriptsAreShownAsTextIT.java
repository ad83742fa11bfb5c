package vn.langso.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.household.HouseholdDetails;
import vn.langso.household.HouseholdService;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;
import vn.langso.support.MalformedInputs;

/**
 * Households whose names and addresses are script payloads, as the corpus stores them, shown in a real Chromium on
 * the screens that show stored text (the commune's register, the team member's offline visit screen): each payload
 * is on the page as text, and the flag a running payload would set stays unset.
 */
class StoredScriptsAreShownAsTextIT extends PhoneJourney {

    private static final List<String> PAYLOADS = MalformedInputs.texts(false).stream()
            .map(MalformedInputs.Input::text).filter(text -> text.contains(MalformedInputs.FLAG_SCRIPT)).toList();

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.langso.place.PlaceService places;

    @Test
    void payloadsInHouseholdNamesStayTextOnTheRegisterAndTheVisitScreen() {
        long village = jdbc.sql("select place_id from user_account where username = ?").param(DemoUsers.TEAM_MEMBER)
                .query(Long.class).single();
        long registersFirstVillage = AsUser.as(DemoUsers.COMMUNE_LEADER, "COMMUNE_LEADER",
                () -> places.villagesOf(places.communesInMyScope().getFirst().id()).getFirst().id());
        for (long shownIn : java.util.Set.of(village, registersFirstVillage)) {
            for (String payload : PAYLOADS) {
                AsUser.provinceAdmin(() -> households.add(shownIn, new HouseholdDetails(payload, payload, "", 2)));
            }
        }
        int screens = 0;
        try (BrowserContext phone = browser.newPhone()) {
            Page page = signedIn(phone, DemoUsers.TEAM_MEMBER);
            page.navigate(url("/households"));
            page.getByText(PAYLOADS.getFirst()).first().waitFor();
            page.getByPlaceholder("Tìm tên chủ hộ, xóm, số điện thoại").fill("langsoxss");
            screens += assertShownAsText(page, "visit screen");
        }
        try (BrowserContext phone = browser.newPhone()) {
            Page page = signedIn(phone, DemoUsers.COMMUNE_LEADER);
            page.navigate(url("/households/register"));
            PhoneBrowser.waitForVaadin(page);
            page.getByLabel("Tìm theo tên chủ hộ").fill("langsoxss");
            page.getByLabel("Tìm theo tên chủ hộ").press("Enter");
            page.getByText(PAYLOADS.getFirst()).first().waitFor();
            screens += assertShownAsText(page, "household register");
        }
        System.out.printf("MALFORMED stored scripts in Chromium: %d payloads in household names and addresses, "
                + "%d screens, 0 ran%n", PAYLOADS.size(), screens);
    }

    private static int assertShownAsText(Page page, String screen) {
        page.waitForTimeout(500);
        PhoneBrowser.screenshot(page, "stored-scripts-" + screen.replace(' ', '-'));
        assertThat(page.evaluate("() => window.__langsoXss === undefined")).as(screen).isEqualTo(true);
        // Playwright's text search reaches into the visit screen's shadow DOM, which innerText does not.
        assertThat(PAYLOADS).as(screen).allSatisfy(payload -> assertThat(page.getByText(payload).count())
                .as("%s shown as text on the %s", payload, screen).isPositive());
        return 1;
    }
}
