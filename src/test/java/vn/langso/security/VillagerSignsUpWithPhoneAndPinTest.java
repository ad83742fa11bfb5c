package vn.langso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxTester;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.learning.ui.LessonsView;
import vn.langso.place.PlaceName;
import vn.langso.security.ui.LoginView;
import vn.langso.security.ui.SignUpView;
import vn.langso.support.Villagers;

/** A villager makes their own account from the sign-in page with their phone and a PIN, then signs in with them. */
@SpringBootTest
@ActiveProfiles("test")
@WithAnonymousUser
class VillagerSignsUpWithPhoneAndPinTest extends SpringBrowserlessTest {

    private static final String PIN = "4719";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aVillagerSignsUpWithTheirPhoneAndAPinThenSignsInWithThem() throws Exception {
        String phone = Villagers.newPhone(PIN);
        navigate(LoginView.class);
        test(find(Button.class).withText("Đăng ký bằng số điện thoại").single()).click();
        assertThat(getCurrentView()).isInstanceOf(SignUpView.class);
        long village = fillIn("  Hoàng   Thị Lan ", phone, PIN, PIN);
        test(find(Checkbox.class).withLabel("Tôi đồng ý cho lưu thông tin của tôi như trên.").single()).click();
        test(find(Button.class).withText("Tạo tài khoản").single()).click();

        assertThat(getCurrentView()).as("on to sign in, the phone filled in").isInstanceOf(LoginView.class);
        assertThat(find(Paragraph.class).withClassName("success-text").single().getText())
                .isEqualTo("Đã tạo tài khoản cho số " + phone + ". Hãy nhập mã PIN vừa chọn để đăng nhập.");
        String username = Villagers.e164(phone);
        var account = jdbc.sql("select full_name, role, place_id, password_hash, must_change_password from user_account where username = ?")
                .param(username).query().singleRow();
        assertThat(account).containsEntry("FULL_NAME", "Hoàng Thị Lan").containsEntry("ROLE", "LEARNER")
                .containsEntry("PLACE_ID", village).containsEntry("MUST_CHANGE_PASSWORD", false);
        assertThat((String) account.get("PASSWORD_HASH")).startsWith("{argon2}");
        assertThat(passwordEncoder.matches(PIN, (String) account.get("PASSWORD_HASH"))).isTrue();
        assertThat(jdbc.sql("""
                select c.purpose_version from account_consent c join user_account u on u.id = c.account_id
                where u.username = ? and c.given = true""").param(username).query(String.class).list())
                .containsExactly(AccountService.LEARNER_PURPOSE_VERSION);
        assertThat(jdbc.sql("select address from audit_event where actor = ? and action = 'SIGN_UP'")
                .param(username).query(String.class).list()).containsExactly("127.0.0.1");

        // The sign-in form takes the phone as the villager writes it, and the PIN.
        Authentication signedIn = authentication.getAuthenticationManager()
                .authenticate(Villagers.signIn(phone, PIN, "198.51.100.10"));
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_LEARNER");
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        navigate("", LessonsView.class);
    }

    @Test
    void pinsThatAreEasyToGuessAreRefusedAtTheField() {
        String phone = "0973 215 830"; // never signed up: the PIN is refused first
        String lastDigits = "5830";
        navigate(SignUpView.class);
        test(find(Checkbox.class).withLabel("Tôi đồng ý cho lưu thông tin của tôi như trên.").single()).click();
        for (List<String> refused : List.of(
                List.of("12", "Mã PIN gồm 4 đến 6 chữ số."),
                List.of("0000", "Mã PIN này quá dễ đoán (chữ số lặp lại hoặc liên tiếp). Hãy chọn mã khác."),
                List.of("1234", "Mã PIN này quá dễ đoán (chữ số lặp lại hoặc liên tiếp). Hãy chọn mã khác."),
                List.of("123456", "Mã PIN này quá dễ đoán (chữ số lặp lại hoặc liên tiếp). Hãy chọn mã khác."),
                List.of("987654", "Mã PIN này quá dễ đoán (chữ số lặp lại hoặc liên tiếp). Hãy chọn mã khác."),
                List.of("1212", "Mã PIN này quá dễ đoán (chữ số lặp lại hoặc liên tiếp). Hãy chọn mã khác."),
                List.of(lastDigits, "Mã PIN không được lấy từ số điện thoại của bạn."))) {
            fillIn("Lò Văn Páo", phone, refused.get(0), refused.get(0));
            test(find(Button.class).withText("Tạo tài khoản").single()).click();
            PasswordField pin = find(PasswordField.class).withLabel("Mã PIN (4–6 chữ số)").single();
            assertThat(pin.isInvalid()).as(refused.get(0)).isTrue();
            assertThat(pin.getErrorMessage()).as(refused.get(0)).isEqualTo(refused.get(1));
        }
        fillIn("Lò Văn Páo", phone, "2468", "2469");
        test(find(Button.class).withText("Tạo tài khoản").single()).click();
        assertThat(find(PasswordField.class).withLabel("Nhập lại mã PIN").single().getErrorMessage())
                .isEqualTo("Hai lần nhập mã PIN không giống nhau.");
        assertThat(find(Button.class).withText("Tạo tài khoản").single().isEnabled())
                .as("after a refusal the button can be tapped again").isTrue();
        assertThat(getCurrentView()).isInstanceOf(SignUpView.class);
        assertThat(countAccounts(Villagers.e164(phone))).isZero();
    }

    @Test
    void everythingMissingIsToldAtItsOwnField() {
        navigate(SignUpView.class);
        test(find(Button.class).withText("Tạo tài khoản").single()).click();
        assertThat(find(TextField.class).withLabel("Họ và tên").single().getErrorMessage())
                .isEqualTo("Hãy nhập họ và tên.");
        assertThat(find(TextField.class).withLabel("Số điện thoại di động").single().getErrorMessage())
                .isEqualTo("Số điện thoại di động chưa đúng, ví dụ 0912 345 678.");
        assertThat(find(ComboBox.class).withLabel("Xã, phường nơi bạn ở").single().getErrorMessage())
                .isEqualTo("Hãy chọn xã và thôn nơi bạn ở.");
        assertThat(find(Checkbox.class).withLabel("Tôi đồng ý cho lưu thông tin của tôi như trên.").single()
                .getErrorMessage()).isEqualTo("Cần bạn đồng ý thì mới tạo được tài khoản.");
        fillIn("Lò Văn Páo", "0123 456", "5831", "5831");
        test(find(Checkbox.class).withLabel("Tôi đồng ý cho lưu thông tin của tôi như trên.").single()).click();
        test(find(Button.class).withText("Tạo tài khoản").single()).click();
        assertThat(find(TextField.class).withLabel("Số điện thoại di động").single().getErrorMessage())
                .as("not a mobile number").isEqualTo("Số điện thoại di động chưa đúng, ví dụ 0912 345 678.");
    }

    @Test
    void aPhoneThatHasAnAccountIsToldSoAndASecondSendMakesNoSecondAccount() {
        String phone = Villagers.newPhone("5831");
        navigate(SignUpView.class);
        Button create = find(Button.class).withText("Tạo tài khoản").single();
        assertThat(create.isDisableOnClick()).as("a double tap sends once").isTrue();
        long village = fillIn("Triệu Thị Mỷ", phone, "5831", "5831");
        test(find(Checkbox.class).withLabel("Tôi đồng ý cho lưu thông tin của tôi như trên.").single()).click();
        test(create).click();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        // The same form sent again (a second tab, a resend after a lost answer) makes no second account.
        String username = Villagers.e164(phone);
        assertThatThrownBy(() -> accounts.signUpLearner(
                new NewLearner("Triệu Thị Mỷ", username, village, "5831", true), "127.0.0.1"))
                .isInstanceOf(AccountRuleException.class).hasMessage("signup.phoneTaken");
        assertThat(countAccounts(username)).isEqualTo(1);

        navigate(SignUpView.class);
        fillIn("Triệu Văn Phủ", "+84 " + phone.substring(1), "7305", "7305");
        test(find(Checkbox.class).withLabel("Tôi đồng ý cho lưu thông tin của tôi như trên.").single()).click();
        test(find(Button.class).withText("Tạo tài khoản").single()).click();
        assertThat(getCurrentView()).isInstanceOf(SignUpView.class);
        assertThat(find(TextField.class).withLabel("Số điện thoại di động").single().getErrorMessage())
                .isEqualTo("Số điện thoại này đã có tài khoản. Hãy đăng nhập; nếu quên mã PIN, hãy nhờ Tổ Công nghệ "
                        + "số cộng đồng ở thôn đặt lại.");
        assertThat(countAccounts(username)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where actor = ? and action = 'SIGN_UP_REFUSED_EXISTS'")
                .param(username).query(Long.class).single()).isEqualTo(2);
    }

    /** Fills in the form (the first commune and its first village) and returns the chosen village's id. */
    private long fillIn(String name, String phone, String pin, String pinAgain) {
        test(find(TextField.class).withLabel("Họ và tên").single()).setValue(name);
        test(find(TextField.class).withLabel("Số điện thoại di động").single()).setValue(phone);
        var commune = comboBox("Xã, phường nơi bạn ở");
        if (commune.getSelected() == null) {
            commune.selectItem(commune.getSuggestions().getFirst());
        }
        var village = comboBox("Thôn, bản, tổ dân phố");
        if (village.getSelected() == null) {
            village.selectItem(village.getSuggestions().getFirst());
        }
        test(find(PasswordField.class).withLabel("Mã PIN (4–6 chữ số)").single()).setValue(pin);
        test(find(PasswordField.class).withLabel("Nhập lại mã PIN").single()).setValue(pinAgain);
        return village.getSelected().id();
    }

    @SuppressWarnings("unchecked")
    private ComboBoxTester<ComboBox<PlaceName>, PlaceName> comboBox(String label) {
        return test((ComboBox<PlaceName>) find(ComboBox.class).withLabel(label).single());
    }

    private long countAccounts(String username) {
        return jdbc.sql("select count(*) from user_account where username = ?").param(username)
                .query(Long.class).single();
    }
}
