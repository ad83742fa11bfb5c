package vn.langso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.learning.ui.LessonsView;
import vn.langso.security.ui.AccountView;
import vn.langso.security.ui.ChangePasswordView;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;
import vn.langso.support.Villagers;

/** A villager forgot their PIN: the team of their own village gives them a one-time PIN, nobody else can. */
@SpringBootTest
@ActiveProfiles("test")
class TeamMemberResetsAVillagersPinTest extends SpringBrowserlessTest {

    private static final String PIN = "3971";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuthenticationConfiguration authentication;

    private String ownVillager;
    private String otherVillageVillager;
    private String otherCommuneVillager;
    private long membersVillage;

    @BeforeEach
    void villagersSignUpInThreePlaces() {
        membersVillage = id("select place_id from user_account where username = ?", DemoUsers.TEAM_MEMBER);
        long commune = id("select parent_id from place where id = ?", membersVillage);
        long otherVillage = id("select min(id) from place where parent_id = ? and id <> ?", commune, membersVillage);
        long otherCommuneVillage = id("""
                select min(v.id) from place v join place c on v.parent_id = c.id
                where c.id <> ? and c.type_code = 'COMMUNE' and c.active = true""", commune);
        ownVillager = signUp("Hà Thị Nhung", membersVillage);
        otherVillageVillager = signUp("Hà Văn Tài", otherVillage);
        otherCommuneVillager = signUp("Sùng A Lử", otherCommuneVillage);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @WithUserDetails(DemoUsers.TEAM_MEMBER)
    void aTeamMemberGivesAVillagerOfTheirVillageAOneTimePinShownOnce() {
        navigate(AccountView.class);
        assertThat(find(H3.class).withText("Đặt lại mã PIN cho người dân").exists()).isTrue();
        test(find(TextField.class).withLabel("Số điện thoại của người dân").single()).setValue(ownVillager);
        test(find(Button.class).withText("Đặt lại mã PIN").single()).click();

        String oneTimePin = find(Span.class).withClassName("one-time-password").single().getText();
        assertThat(oneTimePin).matches("\\d{6}");
        String username = Villagers.e164(ownVillager);
        assertThat(passwordEncoder.matches(oneTimePin, hashOf(username))).isTrue();
        assertThat(jdbc.sql("select must_change_password from user_account where username = ?").param(username)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select place_id, detail from audit_event where actor = ? and action = 'PIN_RESET'")
                .param(DemoUsers.TEAM_MEMBER).query((rs, row) -> rs.getLong(1) + " " + rs.getString(2)).list())
                .contains(membersVillage + " " + username);
        test(find(Button.class).withText("Đã đọc xong").single()).click();
        assertThat(find(Span.class).withClassName("one-time-password").exists()).as("shown once").isFalse();
    }

    @Test
    @WithAnonymousUser
    void theVillagerSignsInWithTheOneTimePinAndChoosesTheirOwn() throws Exception {
        String oneTimePin = AsUser.as(DemoUsers.TEAM_MEMBER, AppRoles.TEAM_MEMBER,
                () -> accounts.resetLearnerPin(ownVillager));
        Authentication villager = authentication.getAuthenticationManager()
                .authenticate(Villagers.signIn(ownVillager, oneTimePin, "198.51.100.20"));
        SecurityContextHolder.getContext().setAuthentication(villager);
        navigate("lessons", ChangePasswordView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("Đặt mã PIN mới");
        test(find(PasswordField.class).withLabel("Mã PIN hiện tại").single()).setValue(oneTimePin);
        test(find(PasswordField.class).withLabel("Mã PIN (4–6 chữ số)").single()).setValue("1111");
        test(find(PasswordField.class).withLabel("Nhập lại mã PIN").single()).setValue("1111");
        test(find(Button.class).withText("Lưu mã PIN").single()).click();
        assertThat(find(PasswordField.class).withLabel("Mã PIN (4–6 chữ số)").single().getErrorMessage())
                .isEqualTo("Mã PIN này quá dễ đoán (chữ số lặp lại hoặc liên tiếp). Hãy chọn mã khác.");
        test(find(PasswordField.class).withLabel("Mã PIN (4–6 chữ số)").single()).setValue("4826");
        test(find(PasswordField.class).withLabel("Nhập lại mã PIN").single()).setValue("4826");
        test(find(Button.class).withText("Lưu mã PIN").single()).click();
        assertThat(getCurrentView()).isInstanceOf(LessonsView.class);
        String username = Villagers.e164(ownVillager);
        assertThat(passwordEncoder.matches("4826", hashOf(username))).isTrue();
        assertThat(jdbc.sql("select must_change_password from user_account where username = ?").param(username)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.TEAM_MEMBER)
    void aVillagerOfAnotherVillageOrCommuneIsNotFoundAndTheAttemptIsAudited() {
        navigate(AccountView.class);
        for (String elsewhere : new String[] {otherVillageVillager, otherCommuneVillager}) {
            String hashBefore = hashOf(Villagers.e164(elsewhere));
            TextField phone = find(TextField.class).withLabel("Số điện thoại của người dân").single();
            test(phone).setValue(elsewhere);
            test(find(Button.class).withText("Đặt lại mã PIN").single()).click();
            assertThat(phone.getErrorMessage())
                    .isEqualTo("Không tìm thấy người học có số này trong địa bàn của bạn.");
            assertThat(find(Span.class).withClassName("one-time-password").exists()).isFalse();
            assertThatThrownBy(() -> accounts.resetLearnerPin(elsewhere)).isInstanceOf(AccountRuleException.class)
                    .hasMessage("pin.reset.notFound");
            assertThat(hashOf(Villagers.e164(elsewhere))).isEqualTo(hashBefore);
            assertThat(jdbc.sql("select count(*) from audit_event where actor = ? and action = 'PIN_RESET_REFUSED' and detail = ?")
                    .params(DemoUsers.TEAM_MEMBER, Villagers.e164(elsewhere)).query(Long.class).single())
                    .isEqualTo(2);
        }
        assertThatThrownBy(() -> accounts.resetLearnerPin(DemoUsers.TEAM_MEMBER)).as("not a phone number")
                .isInstanceOf(AccountRuleException.class).hasMessage("signup.phoneInvalid");
    }

    @Test
    @WithUserDetails(DemoUsers.COMMUNE_LEADER)
    void aCommuneLeaderResetsAVillagerOfAnyVillageOfTheirCommuneButNotOfAnother() {
        assertThat(accounts.resetLearnerPin(otherVillageVillager)).matches("\\d{6}");
        assertThatThrownBy(() -> accounts.resetLearnerPin(otherCommuneVillager))
                .isInstanceOf(AccountRuleException.class).hasMessage("pin.reset.notFound");
    }

    @Test
    @WithUserDetails(DemoUsers.TEAM_MEMBER)
    void onlyVillagersPinsAreResetNotATeamMembersPassword() {
        String memberPhone = jdbc.sql("select min(username) from user_account where username like '+84%' and role = 'TEAM_MEMBER'")
                .query(String.class).optional().orElse("+84912000000");
        assertThatThrownBy(() -> accounts.resetLearnerPin(memberPhone)).isInstanceOf(AccountRuleException.class)
                .hasMessage("pin.reset.notFound");
    }

    @Test
    @WithUserDetails(DemoUsers.LEARNER)
    void aVillagerCannotResetPinsAndDoesNotSeeTheForm() {
        navigate(AccountView.class);
        assertThat(find(H3.class).withText("Đặt lại mã PIN cho người dân").exists()).isFalse();
        assertThatThrownBy(() -> accounts.resetLearnerPin(ownVillager))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private String signUp(String name, long village) {
        String phone = Villagers.newPhone(PIN);
        accounts.signUpLearner(new NewLearner(name, phone, village, PIN, true),
                "192.0.2." + ADDRESSES.incrementAndGet() % 250);
        return phone;
    }

    private String hashOf(String username) {
        return jdbc.sql("select password_hash from user_account where username = ?").param(username)
                .query(String.class).single();
    }

    private long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
