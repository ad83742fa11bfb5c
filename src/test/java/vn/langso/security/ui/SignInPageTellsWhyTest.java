package vn.langso.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@WithAnonymousUser
class SignInPageTellsWhyTest extends SpringBrowserlessTest {

    @Test
    void wrongPasswordSaysSoInVietnamese() {
        LoginForm form = signInFailedBecause(new BadCredentialsException("bad"));
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains("Sai tên đăng nhập hoặc mật khẩu").doesNotContain("Tài khoản đang tạm khóa");
    }

    @Test
    void aLockedAccountIsToldToWaitInVietnamese() {
        LoginForm form = signInFailedBecause(new LockedException("locked"));
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains("Tài khoản đang tạm khóa", "15 phút");
    }

    @Test
    void theFormIsInVietnameseBeforeAnythingGoesWrong() {
        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isFalse();
        assertThat(texts(form)).contains("\"username\":\"Số điện thoại hoặc tên đăng nhập\"", "\"submit\":\"Đăng nhập\"");
    }

    @Test
    void demoModeListsOneAccountPerRole() {
        assertThat(find(Button.class).withClassName("demo-account").all())
                .extracting(Button::getText)
                .containsExactly("Quản trị tỉnh: admin", "Lãnh đạo xã: lanhdao", "Thành viên tổ: tovien",
                        "Người học: nguoidan");
    }

    /** The texts the form shows, as Vaadin sends them to the browser. */
    private static String texts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private LoginForm signInFailedBecause(Exception reason) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, reason);
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        return find(LoginForm.class).single();
    }
}
