package vn.langso.place;

import vn.langso.report.Dashboard;
import vn.langso.report.DashboardQuery;
import vn.langso.report.DashboardService;
import vn.langso.report.Figure;
import vn.langso.report.Indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.place.ui.PlacesView;
import vn.langso.security.AccountService;
import vn.langso.security.NewAccount;
import vn.langso.security.Role;
import vn.langso.support.DemoUsers;
import vn.langso.team.CommuneCoverage;
import vn.langso.team.TeamService;
import vn.langso.team.TeamWarning;

/**
 * Merges the last two communes of the demo province, which the other tests leave alone (one Spring context for
 * all browserless tests: a second Vaadin context would take over the security context holder).
 */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(DemoUsers.PROVINCE_ADMIN)
class ProvinceAdminMergesCommunesTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlaceService places;

    @Autowired
    TeamService teams;

    @Autowired
    AccountService accounts;

    @Autowired
    DashboardService dashboards;

    @Test
    void twoCommunesBecomeOneAndTheirVillagesTeamsAndPeopleFollow() {
        List<PlaceRef> communes = places.communesInMyScope().stream()
                .filter(commune -> commune.id() != homeOf(DemoUsers.COMMUNE_LEADER) && "COMMUNE".equals(commune.typeCode()))
                .sorted(java.util.Comparator.comparing(PlaceRef::id).reversed()).toList();
        PlaceRef leadersCommune = communes.get(0);
        PlaceRef other = communes.get(1);
        String leader = "lanhdao" + System.nanoTime();
        accounts.createAccount(new NewAccount(leader, "mật-khẩu-dài-2026", "Lê Văn Hòa", Role.COMMUNE_LEADER,
                leadersCommune.id()));
        int villages = places.villagesOf(leadersCommune.id()).size() + places.villagesOf(other.id()).size();
        long villageTeams = teams.coverage(leadersCommune.id()).villagesWithTeam()
                + teams.coverage(other.id()).villagesWithTeam();
        Dashboard before1 = dashboards.dashboard(new DashboardQuery(leadersCommune.id(), null, null));
        Dashboard before2 = dashboards.dashboard(new DashboardQuery(other.id(), null, null));

        navigate(PlacesView.class);
        test(find(Button.class).withText("Sáp nhập xã").single()).click();
        test(find(MultiSelectComboBox.class).withLabel("Các xã, phường hợp nhất").single())
                .selectItem(leadersCommune.label(java.util.Locale.of("vi")), other.label(java.util.Locale.of("vi")));
        test(find(TextField.class).withLabel("Tên đơn vị mới").single()).setValue("Hợp Nhất");
        test(find(DatePicker.class).withLabel("Ngày có hiệu lực").single()).setValue(LocalDate.of(2025, 7, 1));
        test(find(Button.class).withText("Sáp nhập").last()).click();

        long mergedId = jdbc.sql("select id from place where name = 'Hợp Nhất' and active = true")
                .query(Long.class).single();
        assertThat(places.villagesOf(mergedId)).hasSize(villages);
        CommuneCoverage coverage = teams.coverage(mergedId);
        assertThat(coverage.villagesWithTeam()).isEqualTo(villageTeams);
        assertThat(coverage.commune().warnings()).contains(TeamWarning.MORE_THAN_ONE_TEAM);
        assertThat(jdbc.sql("select active from place where id in (?, ?)").params(leadersCommune.id(), other.id())
                .query(Boolean.class).list()).containsOnly(false);
        assertThat(homeOf(leader)).as("the leader now leads the new commune").isEqualTo(mergedId);
        assertThat(jdbc.sql("select count(*) from place_event_source s join place_event e on e.id = s.event_id "
                + "where e.kind = 'MERGE' and e.to_place_id = ?").param(mergedId).query(Long.class).single())
                .isEqualTo(2);
        assertThat(find(ListItem.class).all().stream().map(item -> item.getElement().getTextRecursively()))
                .anySatisfy(text -> assertThat(text).startsWith("Xã Hợp Nhất"));

        Dashboard merged = dashboards.dashboard(new DashboardQuery(mergedId, null, null));
        for (Indicator indicator : Indicator.values()) {
            if (indicator.isMonthly()) {
                Figure one = before1.total().figure(indicator);
                Figure two = before2.total().figure(indicator);
                assertThat(merged.total().figure(indicator)).as("%s of the merged commune", indicator).isEqualTo(
                        new Figure(one.numerator() + two.numerator(), one.denominator() + two.denominator()));
            }
        }
        assertThat(merged.total().visits()).isEqualTo(before1.total().visits() + before2.total().visits());
        for (int month = 0; month < merged.trend().size(); month++) {
            assertThat(merged.trend().get(month).visits()).as("visits of a past month still add up")
                    .isEqualTo(before1.trend().get(month).visits() + before2.trend().get(month).visits());
        }
    }

    @Test
    void mergingNeedsTwoCommunesAndSaysSoAtTheField() {
        navigate(PlacesView.class);
        test(find(Button.class).withText("Sáp nhập xã").single()).click();
        test(find(TextField.class).withLabel("Tên đơn vị mới").single()).setValue("Chỉ Một");
        test(find(DatePicker.class).withLabel("Ngày có hiệu lực").single()).setValue(LocalDate.of(2025, 7, 1));
        test(find(Button.class).withText("Sáp nhập").last()).click();
        MultiSelectComboBox<?> from = find(MultiSelectComboBox.class).single();
        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("Hãy chọn ít nhất hai xã, phường.");
        assertThat(jdbc.sql("select count(*) from place where name = 'Chỉ Một'").query(Long.class).single()).isZero();
    }

    @Test
    void aRenamedPlaceIsStillFoundByItsOldName() {
        PlaceRef village = places.villagesOf(places.communesInMyScope().stream()
                .filter(commune -> commune.id() != homeOf(DemoUsers.COMMUNE_LEADER))
                .max(java.util.Comparator.comparing(PlaceRef::id)).orElseThrow().id()).getFirst();
        places.rename(village.id(), "Làng Mới Đổi Tên", LocalDate.of(2025, 9, 1));

        navigate(PlacesView.class);
        test(find(TextField.class).withLabel("Tìm địa bàn").single())
                .setValue(vn.langso.common.VietnameseText.searchKey(village.name()));
        assertThat(find(ListItem.class).all().stream().map(item -> item.getElement().getTextRecursively()))
                .anySatisfy(text -> assertThat(text).contains("Làng Mới Đổi Tên", "Trước đây: " + village.name()));
    }

    private long homeOf(String username) {
        return jdbc.sql("select place_id from user_account where username = ?").param(username).query(Long.class)
                .single();
    }
}
