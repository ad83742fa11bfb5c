package vn.langso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.security.ui.LoginView;
import vn.langso.security.ui.SignUpView;
import vn.langso.support.Villagers;

/**
 * A PIN has far fewer values than a password, so guessing is throttled hard: per account (a lock after 5 wrong
 * PINs, longer each time), per address (failed sign-ins and sign-ups per hour). A database of its own and low
 * limits, so that what this test uses up does not touch the other tests.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:langso-throttle;DB_CLOSE_DELAY=-1",
        "langso.security.sign-ups-per-address-per-hour=3", "langso.security.failed-sign-ins-per-address-per-hour=12"})
@ActiveProfiles("test")
@WithAnonymousUser
class PinGuessingIsThrottledTest extends SpringBrowserlessTest {

    private static final String PIN = "5072";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuthenticationConfiguration authentication;

    @Test
    void afterFiveWrongPinsTheAccountIsLockedAndEachLockInARowLastsTwiceAsLong() throws Exception {
        String phone = signUp();
        String address = newAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signInFails(phone, "99" + attempt + "1", address)).isInstanceOf(BadCredentialsException.class);
        }
        AuthenticationException locked = signInFails(phone, PIN, address);
        assertThat(locked).as("even the right PIN").isInstanceOf(AccountLockedException.class);
        assertThat(((AccountLockedException) locked).remaining()).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
        assertThat(actions(phone)).containsExactly("SIGN_UP", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                "SIGN_IN_FAILED", "SIGN_IN_LOCKED", "SIGN_IN_REFUSED_LOCKED");

        lockRunsOut(phone);
        for (int attempt = 1; attempt <= 5; attempt++) {
            signInFails(phone, "88" + attempt + "1", address);
        }
        AccountLockedException lockedAgain = (AccountLockedException) signInFails(phone, PIN, address);
        assertThat(lockedAgain.remaining()).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(30));
        assertThat(signInPageSays(lockedAgain)).contains("Tài khoản đang tạm khóa", "Hãy thử lại sau 30 phút");

        lockRunsOut(phone);
        assertThat(manager().authenticate(Villagers.signIn(phone, PIN, address)).isAuthenticated()).isTrue();
        assertThat(jdbc.sql("select locks_in_a_row from user_account where username = ?")
                .param(Villagers.e164(phone)).query(Integer.class).single()).as("a good sign-in starts over").isZero();
    }

    @Test
    void tooManyFailedSignInsFromOneAddressAreRefusedBeforeAnyPinIsChecked() throws Exception {
        String address = newAddress();
        String phone = signUp();
        for (int attempt = 1; attempt <= 12; attempt++) {
            // across many accounts, as someone trying common PINs on every number they know would
            signInFails(Villagers.newPhone(), "2580", address);
        }
        AuthenticationException refused = signInFails(phone, PIN, address);
        assertThat(refused).as("even the right PIN").isInstanceOf(TooManyAttemptsFromAddressException.class);
        assertThat(jdbc.sql("select count(*) from audit_event where address = ? and action = 'SIGN_IN_REFUSED_ADDRESS'")
                .param(address).query(Long.class).single()).isEqualTo(1);
        assertThat(signInPageSays(refused)).contains("Tạm dừng đăng nhập từ mạng này",
                "Có quá nhiều lần đăng nhập sai từ mạng này trong một giờ qua.");
        assertThat(manager().authenticate(Villagers.signIn(phone, PIN, newAddress())).isAuthenticated())
                .as("from another address").isTrue();
    }

    @Test
    void signUpsFromOneAddressBeyondTheLimitAreRefusedWithAClearMessage() {
        for (int i = 0; i < 3; i++) {
            accounts.signUpLearner(new NewLearner("Vàng A Dình", Villagers.newPhone(PIN), aVillage(), PIN, true),
                    "127.0.0.1"); // where the browserless sign-up screen comes from
        }
        String phone = Villagers.newPhone(PIN);
        navigate(SignUpView.class);
        test(find(TextField.class).withLabel("Họ và tên").single()).setValue("Vàng Thị Sua");
        test(find(TextField.class).withLabel("Số điện thoại di động").single()).setValue(phone);
        chooseFirst("Xã, phường nơi bạn ở");
        chooseFirst("Thôn, bản, tổ dân phố");
        test(find(PasswordField.class).withLabel("Mã PIN (4–6 chữ số)").single()).setValue(PIN);
        test(find(PasswordField.class).withLabel("Nhập lại mã PIN").single()).setValue(PIN);
        test(find(Checkbox.class).withLabel("Tôi đồng ý cho lưu thông tin của tôi như trên.").single()).click();
        test(find(Button.class).withText("Tạo tài khoản").single()).click();

        assertThat(getCurrentView()).isInstanceOf(SignUpView.class);
        assertThat(find(Span.class).withClassName("error-text").single().getText()).isEqualTo(
                "Đã có quá nhiều lượt đăng ký từ mạng này trong một giờ qua. Hãy thử lại sau, hoặc nhờ Tổ Công nghệ "
                        + "số cộng đồng giúp.");
        assertThat(jdbc.sql("select count(*) from user_account where username = ?").param(Villagers.e164(phone))
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where address = '127.0.0.1' and action = 'SIGN_UP_REFUSED_ADDRESS'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(accounts.signUpLearner(new NewLearner("Vàng Thị Sua", phone, aVillage(), PIN, true),
                newAddress())).as("from another address").isEqualTo(Villagers.e164(phone));
    }

    private String signUp() {
        String phone = Villagers.newPhone(PIN);
        accounts.signUpLearner(new NewLearner("Giàng Thị Dua", phone, aVillage(), PIN, true), newAddress());
        return phone;
    }

    private AuthenticationException signInFails(String username, String pin, String address) {
        return (AuthenticationException) org.assertj.core.api.Assertions.catchThrowable(
                () -> manager().authenticate(Villagers.signIn(username, pin, address)));
    }

    private AuthenticationManager manager() throws Exception {
        return authentication.getAuthenticationManager();
    }

    /** The texts the sign-in page shows after a sign-in failed this way. */
    private String signInPageSays(AuthenticationException failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));
        return String.valueOf(find(LoginForm.class).single().getElement().getPropertyRaw("i18n"));
    }

    private void lockRunsOut(String phone) {
        jdbc.sql("update user_account set locked_until = ? where username = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofDays(2))), Villagers.e164(phone))
                .update();
    }

    private java.util.List<String> actions(String phone) {
        return jdbc.sql("select action from audit_event where actor = ? order by id")
                .param(Villagers.e164(phone)).query(String.class).list();
    }

    @SuppressWarnings("unchecked")
    private void chooseFirst(String label) {
        var box = test((ComboBox<Object>) find(ComboBox.class).withLabel(label).single());
        box.selectItem(box.getSuggestions().getFirst());
    }

    private long aVillage() {
        return jdbc.sql("select min(p.id) from place p join place_type t on t.code = p.type_code where t.level = 'VILLAGE' and p.active = true")
                .query(Long.class).single();
    }

    private static String newAddress() {
        return "203.0.113." + ADDRESSES.incrementAndGet();
    }
}
