package vn.langso.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.household.ui.HouseholdsView;
import vn.langso.security.ui.ChangePasswordView;
import vn.langso.support.DemoUsers;
import vn.langso.team.ui.TeamView;
import vn.langso.team.ui.TeamsView;

/** A commune leader gives a member an account; the member signs in with their phone and must set a password. */
@SpringBootTest
@ActiveProfiles("test")
class TeamMembersGetAccountsFromTheRosterTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails(DemoUsers.COMMUNE_LEADER)
    void theLeaderCreatesAnAccountAndSeesTheOneTimePasswordOnce() {
        long teamWithoutAccounts = jdbc.sql("""
                select min(t.id) from team t join place p on p.id = t.place_id
                join team_membership m on m.team_id = t.id and m.left_on is null
                join user_account leader on leader.username = ? and (p.id = leader.place_id or p.parent_id = leader.place_id)
                join user_account member on member.username = ? and p.id <> member.place_id
                where not exists (select 1 from user_account a where a.person_id = m.person_id)""")
                .params(DemoUsers.COMMUNE_LEADER, DemoUsers.TEAM_MEMBER).query(Long.class).single();
        navigate(TeamsView.class);
        test(find(com.vaadin.flow.router.RouterLink.class).withClassName("row-link")
                .withCondition(link -> link.getHref().equals("teams/" + teamWithoutAccounts)).single()).click();
        assertThat(getCurrentView()).isInstanceOf(TeamView.class);
        Div card = find(Div.class).withClassName("member-card")
                .withCondition(div -> find(Button.class, div).withText("Tạo tài khoản").exists()).first();
        String phone = find(Span.class, card).withClassName("member-phone").single().getText();
        test(find(Button.class, card).withText("Tạo tài khoản").single()).click();

        String oneTimePassword = find(Span.class).withClassName("one-time-password").single().getText();
        assertThat(oneTimePassword).hasSize(8).doesNotContain("0", "1", "l", "o", "i");
        String username = "+84" + phone.replace(" ", "").substring(1);
        assertThat(jdbc.sql("select must_change_password from user_account where username = ?").param(username)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select password_hash from user_account where username = ?").param(username)
                .query(String.class).single()).startsWith("{argon2}").doesNotContain(oneTimePassword);
        assertThat(find(Span.class).withText("Có tài khoản").exists()).isTrue();
    }

    @Test
    void theMemberSignsInWithTheirPhoneAndMustSetTheirOwnPassword() {
        long membership = jdbc.sql("""
                select min(m.id) from team_membership m join team t on t.id = m.team_id
                join user_account u on u.place_id = t.place_id
                where u.username = ? and m.left_on is null and m.team_role = 'MEMBER'""")
                .param(DemoUsers.TEAM_MEMBER).query(Long.class).single();
        String oneTimePassword = vn.langso.support.AsUser.provinceAdmin(() -> teams.createAccountFor(membership));
        String phone = jdbc.sql("select p.phone from person p join team_membership m on m.person_id = p.id where m.id = ?")
                .param(membership).query(String.class).single();
        String nationalFormat = "0" + phone.substring(3, 6) + " " + phone.substring(6, 9) + " " + phone.substring(9);
        var details = users.loadUserByUsername(nationalFormat);
        assertThat(details.getUsername()).as("the phone written the Vietnamese way finds the account").isEqualTo(phone);

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                details, null, details.getAuthorities()));
        navigate("households", ChangePasswordView.class);
        test(find(PasswordField.class).withLabel("Mật khẩu hiện tại").single()).setValue(oneTimePassword);
        test(find(PasswordField.class).withLabel("Mật khẩu mới").single()).setValue("ngắn");
        test(find(PasswordField.class).withLabel("Nhập lại mật khẩu mới").single()).setValue("ngắn");
        test(find(Button.class).withText("Lưu mật khẩu").single()).click();
        assertThat(find(PasswordField.class).withLabel("Mật khẩu mới").single().getErrorMessage())
                .isEqualTo("Mật khẩu mới cần ít nhất 8 ký tự.");

        test(find(PasswordField.class).withLabel("Mật khẩu mới").single()).setValue("Ruộng bậc thang 2026");
        test(find(PasswordField.class).withLabel("Nhập lại mật khẩu mới").single()).setValue("Ruộng bậc thang 2026");
        test(find(Button.class).withText("Lưu mật khẩu").single()).click();
        assertThat(getCurrentView()).isInstanceOf(HouseholdsView.class);
        assertThat(jdbc.sql("select must_change_password from user_account where username = ?").param(phone)
                .query(Boolean.class).single()).isFalse();
    }

    @Autowired
    TeamService teams;

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
