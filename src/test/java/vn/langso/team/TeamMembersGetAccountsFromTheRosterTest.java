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

    /**
     * A member with an account moves to another village's team: the new team's roster shows that they have an
     * account (no "create an account" that would fail with "this phone already has an account"), and when they sign
     * in, their worklist is the new village's households. The move of the account is in the audit trail.
     */
    @Test
    @WithUserDetails(DemoUsers.COMMUNE_LEADER)
    void aMemberWhoMovesToAnotherVillageTakesTheirAccountAlong() {
        record Member(long membership, long teamId, long placeId, String phone) {
        }
        long fromTeam = jdbc.sql("""
                select min(t.id) from team t join place v on v.id = t.place_id
                where v.parent_id = (select place_id from user_account where username = ?)
                and t.place_id <> (select place_id from user_account where username = ?)
                and t.status = 'ACTIVE' and t.level = 'VILLAGE'""")
                .params(DemoUsers.COMMUNE_LEADER, DemoUsers.TEAM_MEMBER).query(Long.class).single();
        String newPhone = vn.langso.support.Villagers.newPhone();
        long membership = teams.addMember(fromTeam, new NewMember("Lò Thị Chuyển", newPhone, null, 1990, null, null,
                null)).membershipId();
        Member member = jdbc.sql("""
                select m.id, t.id, t.place_id, p.phone from team_membership m join team t on t.id = m.team_id
                join person p on p.id = m.person_id where m.id = ?""").param(membership)
                .query((row, index) -> new Member(row.getLong(1), row.getLong(2), row.getLong(3), row.getString(4)))
                .single();
        long toTeam = jdbc.sql("""
                select min(t.id) from team t join place v on v.id = t.place_id
                where v.parent_id = (select parent_id from place where id = ?) and t.place_id <> ?
                and t.status = 'ACTIVE' and t.level = 'VILLAGE'""").params(member.placeId(), member.placeId())
                .query(Long.class).single();
        long toPlace = jdbc.sql("select place_id from team where id = ?").param(toTeam).query(Long.class).single();
        String toVillage = jdbc.sql("select name from place where id = ?").param(toPlace).query(String.class).single();
        String oneTimePassword = teams.createAccountFor(member.membership());

        navigate("teams/" + member.teamId(), TeamView.class);
        test(find(Button.class, cardOf(member.phone())).withText("Chuyển tổ").single()).click();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<PlaceTeamRow> target = find(
                com.vaadin.flow.component.select.Select.class).withLabel("Chuyển sang tổ").single();
        target.setValue(target.getListDataView().getItems().filter(row -> row.teamId() == toTeam).findFirst()
                .orElseThrow());
        test(find(Button.class, find(com.vaadin.flow.component.dialog.Dialog.class).single()).withText("Chuyển tổ")
                .single()).click();

        navigate("teams/" + toTeam, TeamView.class);
        Div card = cardOf(member.phone());
        assertThat(find(Span.class, card).withText("Có tài khoản").exists()).as("the new roster shows the account")
                .isTrue();
        assertThat(find(Button.class, card).withText("Tạo tài khoản").exists()).isFalse();
        var details = users.loadUserByUsername(member.phone());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                details, null, details.getAuthorities()));
        assertThat(passwords.matches(oneTimePassword, details.getPassword())).as("they sign in with it").isTrue();
        navigate("my-team", TeamView.class);
        assertThat(find(com.vaadin.flow.component.html.H2.class).single().getText()).as("'my team' is the new one")
                .contains(toVillage);
        assertThat(find(Span.class, cardOf(member.phone())).withText("Có tài khoản").exists())
                .as("their own card on their team's roster says they have an account").isTrue();
        var worklist = households.worklist();
        assertThat(worklist.villages()).as("the worklist is the new village's").extracting(
                vn.langso.place.PlaceRef::name).containsExactly(toVillage);
        assertThat(worklist.households()).isNotEmpty().allSatisfy(household -> assertThat(jdbc.sql(
                "select village_id from household where id = ?").param(household.id()).query(Long.class).single())
                .isEqualTo(toPlace));
        assertThat(jdbc.sql("select place_id from user_account where username = ?").param(member.phone())
                .query(Long.class).single()).as("the account's home is the new team's village").isEqualTo(toPlace);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCOUNT_HOME_MOVED' and place_id = ?"
                + " and detail like ?").params(toPlace, "%" + member.phone() + "%").query(Long.class).single())
                .as("the account's move is audited").isOne();
    }

    private Div cardOf(String phone) {
        return find(Div.class).withClassName("member-card").withCondition(div -> find(Span.class, div)
                .withClassName("member-phone").all().stream().anyMatch(span -> vn.langso.common.PhoneNumbers
                        .normalizeMobile(span.getText()).filter(phone::equals).isPresent())).single();
    }

    @Autowired
    vn.langso.household.HouseholdService households;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwords;

    @Autowired
    TeamService teams;

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
