package vn.langso.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.place.PlaceLevel;
import vn.langso.report.ui.OverviewView;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;

/** The province admin sees communes ranked, sets a target, and every figure is then coloured against it. */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(DemoUsers.PROVINCE_ADMIN)
class ProvinceAdminSetsTargetsAndSeesTheRankingTest extends SpringBrowserlessTest {

    @Autowired
    DashboardService dashboards;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theProvinceViewRanksEveryCommuneBestFirst() {
        Dashboard province = dashboards.dashboard(new DashboardQuery(null, null, null));
        assertThat(province.place().level()).isEqualTo(PlaceLevel.PROVINCE);
        long communes = jdbc.sql("""
                select count(*) from place p join place_type t on t.code = p.type_code
                where t.level = 'COMMUNE' and p.active = true""").query(Long.class).single();
        assertThat(province.parts()).hasSize((int) communes);
        List<Double> ranked = province.ranked(Indicator.REACHED).stream()
                .map(part -> part.figure(Indicator.REACHED).percent()).toList();
        assertThat(ranked.stream().filter(java.util.Objects::nonNull).toList()).isSortedAccordingTo(Comparator.reverseOrder());
        long households = province.parts().stream().mapToLong(part -> part.figure(Indicator.REACHED).denominator()).sum();
        assertThat(province.total().figure(Indicator.REACHED).denominator()).isEqualTo(households)
                .as("the communes add up to the province");

        navigate(OverviewView.class);
        Div ranking = find(Div.class).withClassName("figure-table").all().getFirst();
        List<String> ranks = org.jsoup.Jsoup.parse(ranking.getElement().getOuterHTML()).select("tbody th").eachText();
        assertThat(ranks).startsWith("1", "2", "3");
    }

    @Test
    void aTargetSetOnThePhoneColoursTheFigureAndReachesTheCommuneLeader() {
        navigate(OverviewView.class);
        test(find(Button.class).withText("Đặt mục tiêu").single()).click();
        @SuppressWarnings("unchecked")
        Select<Indicator> indicator = find(Select.class).withLabel("Chỉ số").last();
        test(indicator).selectItem("Hộ có điện thoại thông minh");
        IntegerField percent = find(IntegerField.class).withLabel("Mục tiêu (%)").single();
        test(percent).setValue(150);
        test(find(Button.class).withText("Lưu mục tiêu").single()).click();
        assertThat(percent.isInvalid()).isTrue();
        assertThat(percent.getErrorMessage()).isEqualTo("Hãy nhập một số từ 1 đến 100.");
        assertThat(targets()).isZero();

        test(percent).setValue(80);
        test(find(DatePicker.class).withLabel("Hạn đạt (ngày/tháng/năm)").single()).setValue(LocalDate.of(2027, 12, 31));
        test(find(Button.class).withText("Lưu mục tiêu").single()).click();
        assertThat(targets()).isEqualTo(1);

        org.jsoup.nodes.Element tile = vn.langso.report.ui.DashboardScreen.tile(Indicator.SMARTPHONE);
        Figure smartphone = dashboards.dashboard(new DashboardQuery(null, null, null)).total().figure(Indicator.SMARTPHONE);
        TargetStatus expected = new IndicatorTarget(Indicator.SMARTPHONE, 80, LocalDate.of(2027, 12, 31))
                .statusOf(smartphone);
        assertThat(tile.classNames()).contains("status-" + expected.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(tile.text()).contains("mục tiêu 80 % trước 31/12/2027");

        Dashboard leaders = AsUser.as(DemoUsers.COMMUNE_LEADER, "COMMUNE_LEADER",
                () -> dashboards.dashboard(new DashboardQuery(null, null, null)));
        assertThat(leaders.targets().get(Indicator.SMARTPHONE).percent()).isEqualTo(80);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'TARGET_SET'").query(Long.class).single())
                .isPositive();
        dashboards.removeTarget(Indicator.SMARTPHONE);
        assertThat(targets()).isZero();
    }

    @Test
    void theAdminOpensOneCommuneAndSeesItsVillages() {
        long commune = jdbc.sql("""
                select p.id from place p join user_account u on u.place_id = p.id where u.username = ?""")
                .param(DemoUsers.COMMUNE_LEADER).query(Long.class).single();
        Dashboard dashboard = dashboards.dashboard(new DashboardQuery(commune, null, null));
        Dashboard leaders = AsUser.as(DemoUsers.COMMUNE_LEADER, "COMMUNE_LEADER",
                () -> dashboards.dashboard(new DashboardQuery(null, null, null)));
        assertThat(dashboard.parts()).extracting(PlaceFigures::name)
                .containsExactlyElementsOf(leaders.parts().stream().map(PlaceFigures::name).toList());
        assertThat(dashboard.total().indicators()).isEqualTo(leaders.total().indicators());
    }

    private long targets() {
        return jdbc.sql("select count(*) from indicator_target where indicator = 'SMARTPHONE'").query(Long.class).single();
    }
}
