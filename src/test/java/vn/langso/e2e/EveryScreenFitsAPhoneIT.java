package vn.langso.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.langso.e2e.PhoneBrowser.assertNoHorizontalOverflow;
import static vn.langso.e2e.PhoneBrowser.assertTouchTargetsAreLarge;
import static vn.langso.e2e.PhoneBrowser.screenshot;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import vn.langso.support.Villagers;

/** Every screen and dialog of each role at 360x800: nothing sticks out sideways, every target is thumb-sized. */
class EveryScreenFitsAPhoneIT extends PhoneJourney {


    @Test
    void provinceAdmin() {
        try (BrowserContext phone = browser.newPhone()) {
            Page page = signedIn(phone, "admin");
            check(page, "20-admin-overview");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đặt mục tiêu")).click();
            assertThat(page.getByLabel("Mục tiêu (%)")).isVisible();
            check(page, "20b-admin-targets-dialog");
            page.keyboard().press("Escape");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Địa bàn")).click();
            assertThat(page.locator("h2")).hasText("Địa bàn");
            check(page, "21-admin-places");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sáp nhập xã")).click();
            assertThat(page.getByLabel("Tên đơn vị mới")).isVisible();
            check(page, "22-admin-merge-dialog");
            page.keyboard().press("Escape");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tổ CNSCĐ")).click();
            assertThat(page.locator(".summary")).isVisible();
            check(page, "23-admin-teams");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bài học")).click();
            page.locator(".lesson-card").first().click();
            assertThat(page.getByText("Xuất bản phiên bản mới")).isVisible();
            check(page, "30-admin-lesson-editor");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bài học")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bài học mới")).click();
            assertThat(page.getByLabel("Tên bài (tiếng Việt)")).isVisible();
            check(page, "31-admin-new-lesson-dialog");
            page.getByLabel("Chủ đề").click();
            page.locator("vaadin-select-item:visible").first().click();
            PhoneBrowser.waitForVaadin(page);
            page.getByLabel("Tên bài (tiếng Việt)").fill("Đọc kỹ tin nhắn từ ngân hàng");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu soạn")).click();
            PhoneBrowser.waitForVaadin(page);
            assertThat(page.getByText("Xuất bản bài học")).isVisible();
            page.locator("vaadin-upload input[type=file]").first().setInputFiles(new FilePayload("anh.png",
                    "image/png", picture(1200, 900)));
            assertThat(page.locator("img.editor-picture").first()).hasAttribute("src",
                    java.util.regex.Pattern.compile("lesson-pictures/u/[0-9a-f]{64}\\.(png|jpg)"));
            // the uploaded picture loads, 800 px wide
            page.waitForFunction("() => [...document.querySelectorAll('img.editor-picture')]"
                    + ".some(img => img.complete && img.naturalWidth === 800)");
            check(page, "32-admin-new-lesson-editor");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tài khoản")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Yêu cầu về dữ liệu cá nhân")).click();
            page.getByLabel("Số hộ").fill("1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi nhận yêu cầu")).click();
            assertThat(page.getByText("Xem dữ liệu · Hộ dân 1")).isVisible();
            check(page, "34-admin-personal-data");
        }
    }

    @Test
    void communeLeaderDialogs() {
        try (BrowserContext phone = browser.newPhone()) {
            Page page = signedIn(phone, "lanhdao");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tổ CNSCĐ")).click();
            page.locator(".no-team vaadin-button").first().click();
            assertThat(page.getByLabel("Số quyết định")).isVisible();
            check(page, "24-leader-new-team-dialog");
            page.keyboard().press("Escape");
            page.locator(".row-link").first().click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm thành viên")).click();
            assertThat(page.getByLabel("Số điện thoại di động")).isVisible();
            check(page, "25-leader-add-member-dialog");
            page.keyboard().press("Escape");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sổ hộ dân")).click();
            assertThat(page.locator(".household-card").first()).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sổ hộ dân")))
                    .hasAttribute("aria-current", "page");
            check(page, "28-leader-household-register");
            page.locator(".household-card .row-link").first().click();
            assertThat(page.locator("vaadin-dialog-overlay")).isVisible();
            check(page, "29-leader-household-dialog");
        }
    }

    @Test
    void teamMemberAndLearner() {
        try (BrowserContext phone = browser.newPhone()) {
            Page page = signedIn(phone, "tovien");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tổ của tôi")).click();
            assertThat(page.locator(".member-card").first()).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm thành viên")))
                    .hasCount(0);
            check(page, "26-team-member-my-team");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tài khoản")).click();
            assertThat(page.getByText("Đặt lại mã PIN cho người dân")).isVisible();
            check(page, "33-team-member-account-pin-reset");
        }
        try (BrowserContext phone = browser.newPhone()) {
            Page page = signedIn(phone, "nguoidan");
            check(page, "27-learner-lessons");
        }
    }

    @Test
    void villagerSignsUpWithPhoneAndPin() {
        String phone = Villagers.newPhone("4719");
        try (BrowserContext phoneBrowser = browser.newPhone()) {
            Page page = phoneBrowser.newPage();
            page.navigate(url("/login"));
            PhoneBrowser.waitForVaadin(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng ký bằng số điện thoại")).click();
            assertThat(page.locator("h1")).hasText("Đăng ký tài khoản");
            check(page, "30-villager-sign-up");
            assertThat(page.getByLabel("Mã PIN (4–6 chữ số)")).hasAttribute("inputmode", "numeric");
            assertThat(page.getByLabel("Số điện thoại di động")).hasAttribute("inputmode", "tel");

            page.getByLabel("Họ và tên").fill("Hoàng Thị Lan");
            page.getByLabel("Số điện thoại di động").fill(phone);
            PhoneBrowser.choose(page, "Xã, phường nơi bạn ở");
            PhoneBrowser.choose(page, "Thôn, bản, tổ dân phố");
            page.getByLabel("Mã PIN (4–6 chữ số)").fill("1234");
            page.getByLabel("Nhập lại mã PIN").fill("1234");
            page.getByText("Tôi đồng ý cho lưu thông tin của tôi như trên.").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo tài khoản")).click();
            assertThat(page.locator("[slot=error-message]").getByText("Mã PIN này quá dễ đoán")).isVisible();
            check(page, "31-villager-sign-up-easy-pin");

            page.getByLabel("Mã PIN (4–6 chữ số)").fill("4719");
            page.getByLabel("Nhập lại mã PIN").fill("4719");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo tài khoản")).click();
            assertThat(page.locator(".success-text")).containsText("Đã tạo tài khoản");
            assertThat(page.locator("input[name=username]")).hasValue(phone);
            assertThat(page.locator("input[name=password]")).isFocused();
            check(page, "32-villager-signs-in-with-pin");
            page.locator("input[name=password]").fill("4719");
            PhoneBrowser.submitSignIn(page, phone);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bài học")))
                    .hasAttribute("aria-current", "page");
        }
    }

    /** A PNG as a phone's screenshot or drawing might be, wider than the 800 px that is kept. */
    private static byte[] picture(int width, int height) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x80);
            }
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static void check(Page page, String name) {
        page.waitForTimeout(300);
        screenshot(page, name);
        assertNoHorizontalOverflow(page);
        assertTouchTargetsAreLarge(page);
    }
}
