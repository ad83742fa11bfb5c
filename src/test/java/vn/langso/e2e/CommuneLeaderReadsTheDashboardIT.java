package vn.langso.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.langso.e2e.PhoneBrowser.assertNoHorizontalOverflow;
import static vn.langso.e2e.PhoneBrowser.assertTouchTargetsAreLarge;
import static vn.langso.e2e.PhoneBrowser.screenshot;
import static vn.langso.e2e.PhoneBrowser.waitForVaadin;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A commune leader reads their dashboard on a 360 px phone and on a desktop: the figures, a chart drawn in the
 * browser with its table, sorting by a tap, and nothing sticking out sideways.
 */
class CommuneLeaderReadsTheDashboardIT extends PhoneJourney {

    @Test
    void onAPhone() {
        try (BrowserContext phone = browser.newPhone()) {
            Page page = signedIn(phone, "lanhdao");
            page.navigate(url("/overview"));
            waitForVaadin(page);
            assertThat(page.locator("h2")).containsText("Tổng quan: Xã");
            assertThat(page.locator(".indicator-tile")).hasCount(11);
            Locator chart = page.locator("lang-chart").first();
            assertThat(chart.locator("canvas")).hasAttribute("role", "img");
            assertThat(chart.locator("canvas")).hasAttribute("aria-label", "Biểu đồ: Hộ đã được tổ đến thăm, từ cao đến thấp");
            page.locator(".figure-table").first().getByText("Thôn, bản").click();
            // the answer has come when the heading shows its sort order (the click is sent a moment after the tap,
            // so waiting for Vaadin alone could read the rows before it left)
            assertThat(page.locator(".figure-table").first().locator("th[aria-sort=ascending]")).hasText("Thôn, bản ▲");
            waitForVaadin(page);
            List<String> villages = page.locator(".figure-table").first().locator("tbody th").allInnerTexts();
            assertThat(villages).isNotEmpty().isSortedAccordingTo(vn.langso.common.VietnameseText.order());
            assertNoHorizontalOverflow(page);
            assertTouchTargetsAreLarge(page);
            screenshot(page, "40-leader-dashboard-phone");

            // the place picker is the phone's own list: the leader picks a village and sees its figures
            Locator place = page.locator(".report-place select");
            String village = place.locator("option").nth(1).innerText();
            place.selectOption(new SelectOption().setIndex(1));
            assertThat(page.locator("h2")).hasText("Tổng quan: " + village);
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*[?&]place=\\d+.*"));
        }
    }

    @Test
    void onADesktopTheChartStandsBesideItsTable() {
        try (BrowserContext desktop = browser.newDesktop()) {
            Page page = signedIn(desktop, "lanhdao");
            page.navigate(url("/overview"));
            waitForVaadin(page);
            Locator chart = page.locator(".report-section lang-chart").first();
            assertThat(chart.locator("canvas")).isVisible();
            BoundingBox chartBox = chart.boundingBox();
            BoundingBox tableBox = page.locator(".report-section .figure-table").first().boundingBox();
            assertThat(tableBox.x).as("the table stands to the right of the chart").isGreaterThan(chartBox.x + chartBox.width - 1);
            assertNoHorizontalOverflow(page);
            screenshot(page, "41-leader-dashboard-desktop");
        }
    }
}
