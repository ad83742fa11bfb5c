package vn.langso.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.langso.e2e.PhoneBrowser.assertNoHorizontalOverflow;
import static vn.langso.e2e.PhoneBrowser.assertTouchTargetsAreLarge;
import static vn.langso.e2e.PhoneBrowser.screenshot;
import static vn.langso.e2e.PhoneBrowser.waitForVaadin;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import vn.langso.support.DemoUsers;

/**
 * A commune leader on a 360x800 phone downloads the report as PDF and Excel, then the visits as CSV: the buttons
 * fit and are thumb-sized, the CSV export ends with a link, and the file is Excel-ready UTF-8.
 */
class CommuneLeaderExportsTheDashboardOnAPhoneIT extends PhoneJourney {

    @Test
    void downloadsThePdfTheWorkbookAndTheVisits() throws Exception {
        try (BrowserContext phone = browser.newPhone()) {
            Page page = signedIn(phone, DemoUsers.COMMUNE_LEADER);
            page.navigate(url("/overview"));
            waitForVaadin(page);
            screenshot(page, "60-export-bar");
            assertNoHorizontalOverflow(page);
            assertTouchTargetsAreLarge(page);

            Download pdf = page.waitForDownload(() -> link(page, "PDF").click());
            assertThat(pdf.suggestedFilename()).endsWith(".pdf");
            assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            Download workbook = page.waitForDownload(() -> link(page, "Excel (XLSX)").click());
            assertThat(workbook.suggestedFilename()).endsWith(".xlsx");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("CSV lượt thăm")).click();
            Locator ready = page.locator(".export-bar a", new Page.LocatorOptions().setHasText("Tải CSV lượt thăm"));
            assertThat(ready).isVisible();
            screenshot(page, "61-export-bar-csv-ready");
            assertNoHorizontalOverflow(page);
            assertTouchTargetsAreLarge(page);

            Download visits = page.waitForDownload(ready::click);
            assertThat(Files.readString(visits.path(), StandardCharsets.UTF_8)).startsWith("\uFEFFNgày thăm,Thôn,");
            assertThat(page.locator(".export-status")).containsText("Đã tải về");
            assertThat(ready).isHidden();
        }
    }

    private static Locator link(Page page, String text) {
        return page.locator(".export-bar a", new Page.LocatorOptions().setHasText(text)).first();
    }
}
