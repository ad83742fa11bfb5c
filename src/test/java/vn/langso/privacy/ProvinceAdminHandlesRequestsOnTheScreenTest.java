package vn.langso.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.privacy.ui.PersonalDataView;
import vn.langso.support.DemoUsers;
import vn.langso.ui.Dates;

/** The province admin logs requests on the screen, sees their due dates, and erases a household with two taps. */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(DemoUsers.PROVINCE_ADMIN)
class ProvinceAdminHandlesRequestsOnTheScreenTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnknownHouseholdIsRefusedAtTheFieldAndAKnownOnesRequestsAreListedWithTheirDueDates() {
        navigate(PersonalDataView.class);
        test(find(TextField.class).withLabel("Số hộ").single()).setValue("99999999");
        test(find(Button.class).withText("Ghi nhận yêu cầu").single()).click();
        TextField reference = find(TextField.class).withLabel("Số hộ").single();
        assertThat(reference.isInvalid()).isTrue();
        assertThat(reference.getErrorMessage()).isEqualTo("Không tìm thấy hộ hoặc người học này trong tỉnh.");

        long household = jdbc.sql("""
                select max(id) from household where head_name is not null and removed_at is null
                and consent = 'GIVEN'""").query(Long.class).single();
        test(reference).setValue(String.valueOf(household));
        test(find(Button.class).withText("Ghi nhận yêu cầu").single()).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DataRequestKind> kind = find(RadioButtonGroup.class).withLabel("Loại yêu cầu").single();
        kind.setValue(DataRequestKind.ERASURE);
        test(find(TextField.class).withLabel("Số hộ").single()).setValue(String.valueOf(household));
        test(find(Button.class).withText("Ghi nhận yêu cầu").single()).click();

        String page = find(Div.class).withClassName("page").single().getElement().getTextRecursively();
        LocalDate today = LocalDate.now(Dates.VIETNAM);
        assertThat(page).contains("Xem dữ liệu · Hộ dân " + household, "Xóa dữ liệu · Hộ dân " + household,
                "Hạn " + Dates.format(today.plusDays(10)), "Hạn " + Dates.format(today.plusDays(15)));
        assertThat(find(Anchor.class).all()).anyMatch(link -> link.getElement().getTextRecursively()
                .contains("Tải tệp dữ liệu") && link.getElement().hasAttribute("download"));

        test(find(Button.class).withText("Xóa dữ liệu").all().getLast()).click();
        test(find(Button.class).withText("Xóa").single()).click();

        assertThat(jdbc.sql("select head_name from household where id = ?").param(household).query().singleRow()
                .get("head_name")).isNull();
        assertThat(find(Div.class).withClassName("page").single().getElement().getTextRecursively())
                .doesNotContain("Xóa dữ liệu · Hộ dân " + household);
    }
}
