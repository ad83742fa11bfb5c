package vn.langso.household;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.household.ui.HouseholdRegisterView;
import vn.langso.place.PlaceService;
import vn.langso.support.DemoUsers;

/** A household tells the commune it takes back its consent; the leader records it on the register in two taps. */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(DemoUsers.COMMUNE_LEADER)
class CommuneLeaderRecordsAWithdrawnConsentTest extends SpringBrowserlessTest {

    @Autowired
    HouseholdService households;

    @Autowired
    PlaceService places;

    @Test
    void theWithdrawalIsAskedOnceMoreThenShownOnTheHouseholdsCard() {
        long village = places.villagesOf(places.communesInMyScope().getFirst().id()).getFirst().id();
        long id = households.add(village, new HouseholdDetails("Lường Văn Đôi", "Bản Co Mường", "0912 345 671", 4));
        navigate(HouseholdRegisterView.class);
        test(find(TextField.class).withLabel("Tìm theo tên chủ hộ").single()).setValue("luong van doi");
        Div card = find(Div.class).withClassName("household-card").single();
        test(find(NativeButton.class, card).single()).click();

        test(find(Button.class).withText("Rút lại đồng ý").single()).click();
        test(find(Button.class).withText("Rút lại").single()).click();

        HouseholdSummary after = households.household(id).household();
        assertThat(after.consent()).isEqualTo(Consent.WITHDRAWN);
        assertThat(after.phone()).isNull();
        assertThat(find(Div.class).withClassName("household-card").single().getElement().getTextRecursively())
                .contains("Lường Văn Đôi", "Đã rút lại đồng ý").doesNotContain("0912");
    }
}
