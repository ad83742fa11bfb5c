package vn.langso.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** Without demo mode (as in the mysql profile) the sign-in page lists no accounts and no password. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:langso-production-like;DB_CLOSE_DELAY=-1",
        "langso.demo.enabled=false"})
@WithAnonymousUser
class SignInPageInProductionTest extends SpringBrowserlessTest {

    @Test
    void noDemoAccountsAreListed() {
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(find(LoginForm.class).exists()).isTrue();
        assertThat(find(Button.class).withClassName("demo-account").exists()).isFalse();
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("langso2026");
    }
}
