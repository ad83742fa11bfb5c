package vn.langso.household;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.common.VietnameseText;
import vn.langso.household.ui.HouseholdRegisterView;
import vn.langso.place.PlaceRef;
import vn.langso.place.PlaceService;
import vn.langso.support.DemoUsers;

/** A commune leader keeps the household register on the screen: finds, corrects, and is told of a stale edit. */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(DemoUsers.COMMUNE_LEADER)
class CommuneLeaderKeepsTheHouseholdRegisterTest extends SpringBrowserlessTest {

    @Autowired
    HouseholdService households;

    @Autowired
    PlaceService places;

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsHeadsOfHouseholdWithoutTypingAccents() {
        long village = jdbc.sql("""
                select min(h.village_id) from household h join place p on p.id = h.village_id
                where p.parent_id = (select place_id from user_account where username = ?)
                and h.head_name like 'Nguyễn %' and h.removed_at is null""")
                .param(DemoUsers.COMMUNE_LEADER).query(Long.class).single();
        navigate(HouseholdRegisterView.class);
        pickVillage(village);
        assertThat(titles()).hasSizeGreaterThanOrEqualTo(15);

        test(find(TextField.class).withLabel("Tìm theo tên chủ hộ").single()).setValue("nguyen");

        List<String> found = titles();
        assertThat(found).isNotEmpty()
                .allSatisfy(name -> assertThat(VietnameseText.searchKey(name)).contains("nguyen"))
                .anySatisfy(name -> assertThat(name).startsWith("Nguyễn"));
        assertThat(find(Paragraph.class).withClassName("summary").single().getText())
                .isEqualTo("Có " + found.size() + " hộ");
    }

    @Test
    void correctsAPhoneNumberAndSeesItSaved() {
        navigate(HouseholdRegisterView.class);
        List<HouseholdSummary> register = households.register(firstVillage(), "");
        HouseholdSummary household = register.stream().filter(h -> h.consent() != Consent.REFUSED).findFirst()
                .orElseThrow();
        openCard(register.indexOf(household));

        test(find(TextField.class).withLabel("Số điện thoại").single()).setValue("0912.777.031");
        test(find(Button.class).withText("Lưu").single()).click();

        assertThat(households.household(household.id()).household().phone()).isEqualTo("+84912777031");
        assertThat(cards().get(register.indexOf(household)).getElement().getTextRecursively())
                .contains(household.headName(), "0912 777 031");
    }

    @Test
    void aStaleEditIsRefusedWithAMessageAndOneTapReloadsTheNewVersion() {
        navigate(HouseholdRegisterView.class);
        List<HouseholdSummary> register = households.register(firstVillage(), "");
        openCard(register.size() - 1);
        HouseholdSummary meanwhile = register.getLast();
        long id = meanwhile.id();
        households.edit(id, meanwhile.version(), new HouseholdDetails(meanwhile.headName(), "Xóm Đầu Cầu", null,
                meanwhile.adults()));

        test(find(TextField.class).withLabel("Địa chỉ (xóm, số nhà)").single()).setValue("Xóm Cuối");
        test(find(Button.class).withText("Lưu").single()).click();

        assertThat(find(Paragraph.class).withClassName("error-text").single().getText())
                .isEqualTo("Người khác vừa sửa hộ này. Hãy tải lại để xem bản mới rồi sửa lại.");
        assertThat(households.household(id).household().address()).isEqualTo("Xóm Đầu Cầu");
        test(find(Button.class).withText("Tải lại").single()).click();
        assertThat(find(TextField.class).withLabel("Địa chỉ (xóm, số nhà)").single().getValue())
                .isEqualTo("Xóm Đầu Cầu");
        test(find(TextField.class).withLabel("Địa chỉ (xóm, số nhà)").single()).setValue("Xóm Cuối");
        test(find(Button.class).withText("Lưu").single()).click();
        assertThat(households.household(id).household().address()).isEqualTo("Xóm Cuối");
    }

    @Test
    void aBadPhoneIsShownAtTheFieldAndNothingIsSaved() {
        navigate(HouseholdRegisterView.class);
        long before = jdbc.sql("select count(*) from household").query(Long.class).single();
        test(find(Button.class).withText("Thêm hộ").single()).click();
        test(find(TextField.class).withLabel("Họ tên chủ hộ").single()).setValue("Triệu Văn Khánh");
        test(find(TextField.class).withLabel("Số điện thoại").single()).setValue("12345");
        test(find(Button.class).withText("Lưu").single()).click();

        TextField phone = find(TextField.class).withLabel("Số điện thoại").single();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).isEqualTo("Số điện thoại chưa đúng, ví dụ 0912 345 678.");
        assertThat(jdbc.sql("select count(*) from household").query(Long.class).single()).isEqualTo(before);

        test(find(TextField.class).withLabel("Số điện thoại").single()).setValue("0912 345 670");
        test(find(Button.class).withText("Lưu").single()).click();
        assertThat(titles()).contains("Triệu Văn Khánh");
    }

    @Test
    void aHouseholdShowsItsHistoryAndCanBeTakenOffTheRegister() {
        households.add(firstVillage(), new HouseholdDetails("Ma Văn Tạm", "Xóm Giữa", null, 2));
        navigate(HouseholdRegisterView.class);
        test(find(TextField.class).withLabel("Tìm theo tên chủ hộ").single()).setValue("ma van tam");
        assertThat(titles()).containsExactly("Ma Văn Tạm");
        assertThat(cards().getFirst().getElement().getTextRecursively())
                .contains("Xóm Giữa · 2 người lớn", "Chưa thăm", "Chưa có thông tin khảo sát");
        openCard(0);
        assertThat(find(Div.class).withClassName("household-history").single().getElement().getTextRecursively())
                .contains("Chưa có lần khảo sát nào.", "Chưa có lần thăm nào.");

        test(find(Button.class).withText("Xóa khỏi sổ").single()).click();
        test(find(Button.class).withText("Xóa").single()).click();

        assertThat(titles()).isEmpty();
        assertThat(find(Paragraph.class).withClassName("summary").single().getText())
                .isEqualTo("Không có hộ nào khớp với \"ma van tam\".");
    }

    @Test
    void aVisitedHouseholdShowsItsProfileHistoryAndVisits() {
        long visitedId = jdbc.sql("""
                select min(h.id) from household h join household_profile hp on hp.household_id = h.id
                join place p on p.id = h.village_id
                where p.parent_id = (select place_id from user_account where username = ?)
                and h.consent = 'GIVEN' and h.removed_at is null""")
                .param(DemoUsers.COMMUNE_LEADER).query(Long.class).single();
        HouseholdSummary visited = households.household(visitedId).household();
        navigate(HouseholdRegisterView.class);
        pickVillage(visited.villageId());
        test(find(TextField.class).withLabel("Tìm theo tên chủ hộ").single()).setValue(visited.headName());
        Div card = cards().stream().filter(c -> c.getElement().getTextRecursively().contains("Thăm lần cuối "
                + vn.langso.ui.Dates.format(visited.lastVisit().visitedOn()))).findFirst().orElseThrow();
        test(find(NativeButton.class, card).single()).click();

        String history = find(Div.class).withClassName("household-history").single().getElement().getTextRecursively();
        assertThat(history).contains(vn.langso.ui.Dates.format(visited.lastVisit().visitedOn()) + " · "
                + visited.lastVisit().by(), "Các lần thăm (");
        assertThat(history).doesNotContain("Chưa có lần thăm nào.", "Chưa có lần khảo sát nào.");
    }

    private long firstVillage() {
        return places.villagesOf(places.communesInMyScope().getFirst().id()).getFirst().id();
    }

    private void pickVillage(long villageId) {
        @SuppressWarnings("unchecked")
        ComboBox<PlaceRef> village = find(ComboBox.class).withLabel("Thôn, bản, tổ dân phố").single();
        village.setValue(village.getListDataView().getItems().filter(v -> v.id() == villageId).findFirst()
                .orElseThrow());
    }

    private void openCard(int index) {
        test(find(NativeButton.class, cards().get(index)).single()).click();
    }

    private List<Div> cards() {
        return find(Div.class).withClassName("household-card").all();
    }

    private List<String> titles() {
        return cards().stream()
                .map(card -> find(Span.class, card).withClassName("row-title").single().getText()).toList();
    }
}
