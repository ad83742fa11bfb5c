package vn.langso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.security.ui.AccountView;
import vn.langso.support.DemoUsers;

/**
 * A volunteer's phone was lost: the province admin disables the account from the Account page. (That its open
 * sessions end at once is shown over HTTP in SessionsEndWhenTheyShouldIT.)
 */
@SpringBootTest
@ActiveProfiles("test")
class ProvinceAdminDisablesAnAccountTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails(DemoUsers.PROVINCE_ADMIN)
    void theAdminDisablesAVolunteersAccountAndATypoIsShownAtTheField() {
        String username = "matmay" + System.nanoTime();
        long village = jdbc.sql("select place_id from user_account where username = ?").param(DemoUsers.TEAM_MEMBER)
                .query(Long.class).single();
        accounts.createAccount(new NewAccount(username, "Mật-khẩu-tạm-2026", "Lý Văn Mất", Role.TEAM_MEMBER, village));
        navigate(AccountView.class);
        assertThat(find(H3.class).withText("Khóa tài khoản").exists()).isTrue();
        TextField field = find(TextField.class).withLabel("Tên đăng nhập hoặc số điện thoại").single();

        test(field).setValue(username + "x");
        test(find(Button.class).withText("Khóa tài khoản").single()).click();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Không tìm thấy tài khoản này.");

        test(field).setValue(DemoUsers.PROVINCE_ADMIN);
        test(find(Button.class).withText("Khóa tài khoản").single()).click();
        assertThat(field.getErrorMessage()).isEqualTo("Bạn không thể tự khóa tài khoản của mình.");

        test(field).setValue(username);
        test(find(Button.class).withText("Khóa tài khoản").single()).click();
        assertThat(field.isInvalid()).isFalse();
        assertThat(find(Paragraph.class).withClassName("success-text").single().getText())
                .isEqualTo("Đã khóa tài khoản " + username + "; đã kết thúc 0 phiên đang mở.");
        assertThat(jdbc.sql("select enabled from user_account where username = ?").param(username)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.COMMUNE_LEADER)
    void onlyTheProvinceAdminMayDisableAccounts() {
        navigate(AccountView.class);
        assertThat(find(H3.class).withText("Khóa tài khoản").exists()).isFalse();
        assertThatThrownBy(() -> accounts.disableAccount(DemoUsers.TEAM_MEMBER))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(jdbc.sql("select enabled from user_account where username = ?").param(DemoUsers.TEAM_MEMBER)
                .query(Boolean.class).single()).isTrue();
    }
}
