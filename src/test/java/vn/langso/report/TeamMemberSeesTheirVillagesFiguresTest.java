package vn.langso.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.place.PlaceLevel;
import vn.langso.place.PlaceNotFoundException;
import vn.langso.report.ui.OverviewView;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;

/** A team member sees their own village's figures, and no other village's or commune's; a learner sees none. */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(DemoUsers.TEAM_MEMBER)
class TeamMemberSeesTheirVillagesFiguresTest extends SpringBrowserlessTest {

    @Autowired
    DashboardService dashboards;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theirVillageOnly() {
        Dashboard village = dashboards.dashboard(new DashboardQuery(null, null, null));
        assertThat(village.place().level()).isEqualTo(PlaceLevel.VILLAGE);
        long households = jdbc.sql("select count(*) from household where village_id = ? and removed_at is null")
                .param(village.place().id()).query(Long.class).single();
        assertThat(village.total().figure(Indicator.REACHED).denominator()).isEqualTo(households);
        assertThat(village.parts()).isEmpty();
        assertThat(village.members()).extracting(MemberActivity::teamPlace).containsOnly(village.place().name());

        long neighbour = jdbc.sql("""
                select p.id from place p join place_type t on t.code = p.type_code
                where t.level = 'VILLAGE' and p.id <> ? order by p.id""").param(village.place().id())
                .query(Long.class).list().getFirst();
        long commune = village.place().parentId();
        for (long other : new long[] {neighbour, commune}) {
            assertThatThrownBy(() -> dashboards.dashboard(new DashboardQuery(other, null, null)))
                    .isInstanceOf(PlaceNotFoundException.class);
        }
        navigate(OverviewView.class);
        assertThat(vn.langso.report.ui.DashboardScreen.tiles()).hasSize(Indicator.values().length);
    }

    @Test
    void aLearnerHasNoDashboard() {
        assertThatThrownBy(() -> AsUser.as(DemoUsers.LEARNER, "LEARNER",
                () -> dashboards.dashboard(new DashboardQuery(null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
