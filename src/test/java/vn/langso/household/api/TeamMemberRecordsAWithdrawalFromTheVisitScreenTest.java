package vn.langso.household.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.household.HouseholdService;
import vn.langso.household.HouseholdSummary;
import vn.langso.support.DemoUsers;

/**
 * On the visit screen a family tells the team member it takes back its consent; the screen posts it (online) and
 * the household is gone from the worklist it reloads. A household outside the member's villages is "not found".
 */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(DemoUsers.TEAM_MEMBER)
class TeamMemberRecordsAWithdrawalFromTheVisitScreenTest {

    @Autowired
    VisitApi api;

    @Autowired
    HouseholdService households;

    @Test
    void theWithdrawalIsStoredAndTheHouseholdLeavesTheWorklistTheScreenReloads() {
        HouseholdSummary household = households.worklist().households().stream().filter(h -> h.headName() != null)
                .skip(11).findFirst().orElseThrow();

        assertThat(api.withdrawConsent(household.id()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(api.worklist().getBody().households()).map(h -> ((HouseholdSummary) h).id())
                .doesNotContain(household.id());
        assertThat(api.withdrawConsent(Long.MAX_VALUE).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
