package vn.langso.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.support.DemoUsers;
import vn.langso.team.ui.TeamView;
import vn.langso.team.ui.TeamsView;

/** Use cases of a commune leader on the teams screens, through the screens as a user would use them. */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(DemoUsers.COMMUNE_LEADER)
class CommuneLeaderManagesTeamsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void seesWhichVillagesLackATeamAndSetsOneUp() {
        navigate(TeamsView.class);
        Div missing = find(Div.class).withClassName("no-team").first();
        String village = find(Span.class, missing).withClassName("row-title").single().getText();
        assertThat(find(Span.class, missing).withText("Chưa có tổ").exists()).isTrue();

        test(find(Button.class, missing).withText("Lập tổ").single()).click();
        test(find(TextField.class).withLabel("Số quyết định").single()).setValue("12/QĐ-UBND");
        test(find(DatePicker.class).withLabel("Ngày ký").single()).setValue(LocalDate.of(2025, 8, 1));
        test(find(TextField.class).withLabel("Người ký").single()).setValue("Hoàng Văn Sinh");
        test(find(Button.class).withText("Lập tổ").last()).click();

        assertThat(find(Div.class).withClassName("no-team").all())
                .noneSatisfy(row -> assertThat(row.getElement().getTextRecursively()).contains(village));
        assertThat(jdbc.sql("""
                select count(*) from team t join place p on p.id = t.place_id
                where t.decision_number = '12/QĐ-UBND' and t.decision_date = ?""")
                .param(LocalDate.of(2025, 8, 1)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void addsAMemberWhosePhoneIsWrittenWithDotsAndCanCallThem() {
        TeamView team = openFirstVillageTeam();
        int before = memberCards(team);
        addMember("Đinh Thị Lụa", "0975.123.987");

        assertThat(memberCards(team)).isEqualTo(before + 1);
        Anchor call = find(Anchor.class).withAttribute("href", "tel:+84975123987").single();
        assertThat(call.getElement().getAttribute("aria-label")).isEqualTo("Gọi Đinh Thị Lụa");
        assertThat(find(Anchor.class).withAttribute("href", "https://zalo.me/0975123987").exists()).isTrue();
        assertThat(team.getElement().getTextRecursively()).contains("0975 123 987");
    }

    @Test
    void aBadPhoneIsRefusedAtTheFieldAndNothingIsSaved() {
        openFirstVillageTeam();
        long people = countPeople();
        addMember("Vi Văn Tâm", "12345");

        TextField phone = find(TextField.class).withLabel("Số điện thoại di động").single();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).startsWith("Số điện thoại di động không hợp lệ");
        assertThat(countPeople()).isEqualTo(people);
    }

    @Test
    void theSamePhoneIsNeverEnteredTwice() {
        openFirstVillageTeam();
        addMember("Chu Văn Hậu", "0966 555 444");
        long people = countPeople();
        addMember("Chu Văn Hậu", "+84966555444");

        TextField phone = find(TextField.class).withLabel("Số điện thoại di động").single();
        assertThat(phone.getErrorMessage()).isEqualTo("Người có số điện thoại này đã ở trong tổ.");
        assertThat(countPeople()).isEqualTo(people);
    }

    @Test
    void aMemberWhoLeavesStaysInTheHistory() {
        TeamView team = openFirstVillageTeam();
        addMember("Nông Văn Lâm", "0355 222 111");
        Div card = find(Div.class).withClassName("member-card")
                .withCondition(div -> div.getElement().getTextRecursively().contains("Nông Văn Lâm")).single();
        test(find(Button.class, card).withText("Rời tổ").single()).click();
        test(find(Button.class).withText("Rời tổ").last()).click();

        assertThat(find(com.vaadin.flow.component.details.Details.class).single().getElement().getTextRecursively())
                .contains("Đã rời tổ (", "Nông Văn Lâm", "Rời tổ ngày");
        assertThat(jdbc.sql("""
                select count(*) from team_membership m join person p on p.id = m.person_id
                where p.phone = '+84355222111' and m.left_on is not null""").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMemberMovesToAnotherTeamOfTheCommuneAndBothTeamsShowIt() {
        TeamView team = openFirstVillageTeam();
        addMember("Hoàng Thị Sen", "0356 777 888");
        Div card = find(Div.class).withClassName("member-card")
                .withCondition(div -> div.getElement().getTextRecursively().contains("Hoàng Thị Sen")).single();
        test(find(Button.class, card).withText("Chuyển tổ").single()).click();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<PlaceTeamRow> target =
                find(com.vaadin.flow.component.select.Select.class).withLabel("Chuyển sang tổ").single();
        PlaceTeamRow commune = target.getListDataView().getItems()
                .filter(row -> row.place().level() == vn.langso.place.PlaceLevel.COMMUNE).findFirst().orElseThrow();
        target.setValue(commune);
        test(find(Button.class).withText("Chuyển tổ").last()).click();

        assertThat(team.getElement().getTextRecursively()).contains("Đã rời tổ");
        assertThat(jdbc.sql("""
                select count(*) from team_membership m join person p on p.id = m.person_id
                where p.phone = '+84356777888' and m.left_on is null and m.team_id = ?""")
                .param(commune.teamId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anotherCommunesTeamCannotBeOpenedById() {
        long otherTeam = jdbc.sql("""
                select t.id from team t join place p on p.id = t.place_id
                where p.path not like (select concat(c.path, '%') from place c join user_account u on u.place_id = c.id
                                       where u.username = ?)
                order by t.id limit 1""").param(DemoUsers.COMMUNE_LEADER).query(Long.class).single();
        navigate("teams/" + otherTeam, vn.langso.ui.NotFoundView.class);
    }

    private TeamView openFirstVillageTeam() {
        navigate(TeamsView.class);
        Div row = find(Div.class).withClassName("has-team").atIndex(2);
        test(find(com.vaadin.flow.router.RouterLink.class, row).single()).click();
        return (TeamView) getCurrentView();
    }

    private void addMember(String name, String phone) {
        test(find(Button.class).withText("Thêm thành viên").single()).click();
        test(find(TextField.class).withLabel("Họ và tên").single()).setValue(name);
        test(find(TextField.class).withLabel("Số điện thoại di động").single()).setValue(phone);
        test(find(Button.class).withText("Lưu").single()).click();
    }

    private int memberCards(TeamView team) {
        return find(Div.class).withClassName("member-card").all().size();
    }

    private long countPeople() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }
}
