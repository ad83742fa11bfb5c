package vn.langso.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.household.ui.HouseholdsView;
import vn.langso.learning.ui.LessonsView;
import vn.langso.place.ui.PlacesView;
import vn.langso.report.ui.OverviewView;
import vn.langso.security.ui.AccountView;
import vn.langso.security.ui.LoginView;
import vn.langso.support.DemoUsers;

@SpringBootTest
@ActiveProfiles("test")
class EachRoleLandsOnItsOwnHomeTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithAnonymousUser
    void aVisitorWhoIsNotSignedInSeesTheSignInPage() {
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        navigate("households", LoginView.class);
    }

    @Test
    @WithUserDetails(DemoUsers.PROVINCE_ADMIN)
    void provinceAdminLandsOnTheProvinceOverview() {
        navigate("", OverviewView.class);
        assertThat(findInView(H2.class).single().getText()).isEqualTo("Tổng quan: Tỉnh Tuyên Quang");
        assertThat(navigationLabels())
                .containsExactly("Tổng quan", "Địa bàn", "Tổ CNSCĐ", "Sổ hộ dân", "Bài học", "Tài khoản");
    }

    @Test
    @WithUserDetails(DemoUsers.COMMUNE_LEADER)
    void communeLeaderLandsOnTheirCommunesOverview() {
        navigate("", OverviewView.class);
        assertThat(findInView(H2.class).single().getText()).startsWith("Tổng quan: Xã ");
        assertThat(navigationLabels()).containsExactly("Tổng quan", "Địa bàn", "Tổ CNSCĐ", "Sổ hộ dân", "Tài khoản");
    }

    @Test
    @WithUserDetails(DemoUsers.TEAM_MEMBER)
    void teamMemberLandsOnTheHouseholdsOfTheirVillage() {
        HouseholdsView home = navigate("", HouseholdsView.class);
        // The worklist itself runs in the browser (frontend/visits); the view hands it the member's texts.
        assertThat(home.getElement().getChild(0).getTag()).isEqualTo("visit-app");
        assertThat(home.getElement().getChild(0).getProperty("texts")).contains("Hộ cần thăm");
        // Their village's own figures come first (TeamMemberSeesTheirVillagesFiguresTest); home is the worklist.
        assertThat(navigationLabels()).containsExactly("Tổng quan", "Hộ dân", "Tổ của tôi", "Bài học", "Tài khoản");
    }

    @Test
    @WithUserDetails(DemoUsers.LEARNER)
    void learnerLandsOnTheLessons() {
        navigate("", LessonsView.class);
        assertThat(navigationLabels()).containsExactly("Bài học", "Tài khoản");
    }

    @Test
    @WithUserDetails(DemoUsers.TEAM_MEMBER)
    void someoneSignedInWhoOpensTheSignInPageGoesHome() {
        navigate("login", HouseholdsView.class);
    }

    @Test
    @WithUserDetails(DemoUsers.TEAM_MEMBER)
    void teamMemberCannotOpenTheLeadersScreens() {
        navigate("places", NotFoundView.class);
        assertThat(findInView(H2.class).single().getText()).isEqualTo("Không mở được trang này");
    }

    @Test
    @WithUserDetails(DemoUsers.LEARNER)
    void learnerCannotOpenHouseholdsOrOverview() {
        navigate("households", NotFoundView.class);
        navigate("overview", NotFoundView.class);
    }

    @Test
    @WithUserDetails(DemoUsers.COMMUNE_LEADER)
    void communeLeaderCannotOpenTheTeamMembersWorklist() {
        navigate("households", NotFoundView.class);
    }

    @Test
    @WithUserDetails(DemoUsers.LEARNER)
    void everyRoleSeesTheirNameAndPlaceOnTheAccountPage() {
        String homePlace = jdbc.sql("""
                select t.name_vi || ' ' || p.name from user_account u join place p on p.id = u.place_id
                join place_type t on t.code = p.type_code where u.username = ?""")
                .param(DemoUsers.LEARNER).query(String.class).single();
        AccountView account = navigate(AccountView.class);
        String text = account.getElement().getTextRecursively();
        assertThat(text).contains("Lý Thị Mai", "Người học", homePlace).doesNotContain("!");
    }

    private List<String> navigationLabels() {
        return find(RouterLink.class).withClassName("nav-item").all().stream()
                .map(link -> link.getElement().getTextRecursively()).toList();
    }
}
