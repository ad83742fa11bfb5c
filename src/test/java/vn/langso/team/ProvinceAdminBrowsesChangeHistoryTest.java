package vn.langso.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.support.DemoUsers;
import vn.langso.team.ui.ChangeHistoryView;

@SpringBootTest
@ActiveProfiles("test")
class ProvinceAdminBrowsesChangeHistoryTest extends SpringBrowserlessTest {

    @Autowired
    TeamService teams;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails(DemoUsers.PROVINCE_ADMIN)
    void aMemberWhoLeftShowsWhoChangedItWhenAndTheDateBeforeAndAfter() {
        long membership = jdbc.sql("""
                select min(m.id) from team_membership m where m.left_on is null""").query(Long.class).single();
        String name = jdbc.sql("select p.full_name from person p join team_membership m on m.person_id = p.id where m.id = ?")
                .param(membership).query(String.class).single();
        teams.endMembership(membership, LocalDate.of(2025, 10, 2));

        navigate(ChangeHistoryView.class);
        Div newest = find(Div.class).withClassName("preview-row").first();
        assertThat(newest.getElement().getTextRecursively())
                .contains("Thành viên tổ · " + name, "admin", "sửa", "Ngày rời tổ: — → 02/10/2025");
    }

    @Test
    @WithUserDetails(DemoUsers.COMMUNE_LEADER)
    void aCommuneLeaderCannotOpenTheHistory() {
        navigate("history", vn.langso.ui.NotFoundView.class);
    }
}
