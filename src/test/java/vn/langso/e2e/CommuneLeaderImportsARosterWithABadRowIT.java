package vn.langso.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.langso.e2e.PhoneBrowser.assertNoHorizontalOverflow;
import static vn.langso.e2e.PhoneBrowser.assertTouchTargetsAreLarge;
import static vn.langso.e2e.PhoneBrowser.screenshot;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.support.CommuneRosterFile;

class CommuneLeaderImportsARosterWithABadRowIT extends PhoneJourney {


    @Autowired
    JdbcClient jdbc;

    @Test
    void badRowIsShownAndNothingIsSavedThenTheFixedFileSavesOnce() {
        String commune = jdbc.sql("select p.name from place p join user_account u on u.place_id = p.id where u.username = 'lanhdao'")
                .query(String.class).single();
        String village = jdbc.sql("""
                select v.name from place v join user_account u on v.parent_id = u.place_id
                where u.username = 'lanhdao' order by v.id limit 1""").query(String.class).single();
        Path files = Path.of("target", "e2e-files");
        Path withBadRow = new CommuneRosterFile(commune)
                .add(village, "Hà Thị Nguyệt", "0978 111 222", "Thành viên", "Hội Phụ nữ")
                .add(village, "Lục Văn Khải", "0978-11-12", "Thành viên", "Đoàn Thanh niên")
                .add(village, "Triệu Thị Hiền", "+84 978 111 333", "Thành viên", "Trạm Y tế")
                .writeTo(files, "danh-sach-co-loi.xlsx");
        Path fixed = new CommuneRosterFile(commune)
                .add(village, "Hà Thị Nguyệt", "0978 111 222", "Thành viên", "Hội Phụ nữ")
                .add(village, "Lục Văn Khải", "0978.111.444", "Thành viên", "Đoàn Thanh niên")
                .add(village, "Triệu Thị Hiền", "+84 978 111 333", "Thành viên", "Trạm Y tế")
                .writeTo(files, "danh-sach-da-sua.xlsx");
        long peopleBefore = countPeople();

        try (BrowserContext phone = browser.newPhone()) {
            Page page = signedIn(phone, "lanhdao");
            assertThat(page.locator("h2")).containsText("Tổng quan");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tổ CNSCĐ")).click();
            assertThat(page.locator("h2")).hasText("Tổ Công nghệ số cộng đồng");
            assertThat(page.locator(".summary")).containsText("thôn, tổ dân phố đã có tổ");
            screenshot(page, "10-teams-commune-leader");
            assertNoHorizontalOverflow(page);
            assertTouchTargetsAreLarge(page);

            page.locator(".row-link").first().click();
            assertThat(page.locator(".member-card").first()).isVisible();
            assertThat(page.locator(".contact-call").first()).hasAttribute("href", java.util.regex.Pattern.compile("^tel:\\+84\\d{9}$"));
            screenshot(page, "11-team-members");
            assertNoHorizontalOverflow(page);
            assertTouchTargetsAreLarge(page);
            page.goBack();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhập danh sách")).click();
            upload(page, withBadRow);
            assertThat(page.locator(".column-mapping")).containsText("Nhiệm vụ");
            screenshot(page, "12-import-mapping");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra danh sách")).click();
            assertThat(page.locator(".roster-preview .summary")).hasText("Sẽ thêm 2 · Đã có trong tổ 0 · Có lỗi 1");
            assertThat(page.locator(".outcome-refused")).containsText("Dòng 9");
            assertThat(page.locator(".outcome-refused .problem")).containsText("không phải số di động Việt Nam hợp lệ");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu 2 thành viên")))
                    .hasCount(0);
            screenshot(page, "13-import-preview-bad-row");
            assertNoHorizontalOverflow(page);
            org.assertj.core.api.Assertions.assertThat(countPeople()).as("nothing saved").isEqualTo(peopleBefore);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chọn tệp khác")).click();
            upload(page, fixed);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra danh sách")).click();
            assertThat(page.locator(".roster-preview .summary")).hasText("Sẽ thêm 3 · Đã có trong tổ 0 · Có lỗi 0");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu 3 thành viên")).click();
            assertThat(page.locator(".success-text")).containsText("Đã thêm 3 thành viên");
            screenshot(page, "14-import-saved");
            org.assertj.core.api.Assertions.assertThat(countPeople()).isEqualTo(peopleBefore + 3);

            // The same file again changes nothing.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Về danh sách tổ")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhập danh sách")).click();
            upload(page, fixed);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra danh sách")).click();
            assertThat(page.locator(".roster-preview .summary")).hasText("Sẽ thêm 0 · Đã có trong tổ 3 · Có lỗi 0");
            assertThat(page.locator(".roster-preview")).containsText("không có gì mới để lưu");
            org.assertj.core.api.Assertions.assertThat(countPeople()).isEqualTo(peopleBefore + 3);
        }
    }

    private static void upload(Page page, Path file) {
        FileChooser chooser = page.waitForFileChooser(() -> page.locator("vaadin-upload vaadin-button").first().click());
        chooser.setFiles(file);
        assertThat(page.locator(".column-mapping")).isVisible();
    }

    private long countPeople() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }
}
