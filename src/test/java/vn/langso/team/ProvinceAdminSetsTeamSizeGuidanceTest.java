package vn.langso.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;
import vn.langso.team.ui.TeamsView;

@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(DemoUsers.PROVINCE_ADMIN)
class ProvinceAdminSetsTeamSizeGuidanceTest extends SpringBrowserlessTest {

    @Autowired
    TeamService teams;

    @AfterEach
    void restoreTheDemoGuidance() {
        AsUser.provinceAdmin(() -> {
            teams.setSizeGuidance(TeamLevel.VILLAGE, 5);
            return null;
        });
    }

    @Test
    void aSmallerVillageLimitFlagsBiggerTeamsWithoutBlockingThem() {
        navigate(TeamsView.class);
        long flaggedBefore = oversizeChips();
        test(find(IntegerField.class).withLabel("Tổ thôn, tổ dân phố: tối đa").single()).setValue(3);
        test(find(Button.class).withText("Lưu").single()).click();

        assertThat(teams.sizeGuidance().get(TeamLevel.VILLAGE)).isEqualTo(3);
        assertThat(oversizeChips()).isGreaterThan(flaggedBefore);
    }

    @Test
    void aLimitOutsideOneToAHundredIsRefusedAndNothingChanges() {
        navigate(TeamsView.class);
        IntegerField village = find(IntegerField.class).withLabel("Tổ thôn, tổ dân phố: tối đa").single();
        assertThat(village.getMin()).isEqualTo(1);
        assertThat(village.getMax()).isEqualTo(100);
        assertThatThrownBy(() -> teams.setSizeGuidance(TeamLevel.VILLAGE, 0))
                .isInstanceOf(TeamRuleException.class).hasMessage("team.guidance.outOfRange");
        assertThat(teams.sizeGuidance().get(TeamLevel.VILLAGE)).isEqualTo(5);
    }

    private long oversizeChips() {
        return find(Span.class).withText("Vượt số thành viên khuyến nghị").all().size();
    }
}
