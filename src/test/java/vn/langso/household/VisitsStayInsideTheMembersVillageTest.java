package vn.langso.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.place.PlaceNotFoundException;
import vn.langso.support.DemoUsers;

/** By-id attempts at households and visits of other villages and communes, for each role. */
@SpringBootTest
@ActiveProfiles("test")
class VisitsStayInsideTheMembersVillageTest {

    @Autowired
    VisitService visits;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcClient jdbc;

    private long membersVillage;
    private long sameCommuneOtherVillage;
    private long householdInSameCommuneOtherVillage;
    private long otherCommuneVillage;
    private long householdInOtherCommune;

    @BeforeEach
    void findHouseholdsElsewhere() {
        membersVillage = id("select place_id from user_account where username = ?", DemoUsers.TEAM_MEMBER);
        long commune = id("select parent_id from place where id = ?", membersVillage);
        sameCommuneOtherVillage = id("select min(id) from place where parent_id = ? and id <> ?", commune, membersVillage);
        householdInSameCommuneOtherVillage = id("select min(id) from household where village_id = ?", sameCommuneOtherVillage);
        otherCommuneVillage = id("""
                select min(v.id) from place v join place c on v.parent_id = c.id
                where c.id <> ? and c.type_code = 'COMMUNE' and c.active = true""", commune);
        householdInOtherCommune = id("select min(id) from household where village_id = ?", otherCommuneVillage);
    }

    @Test
    @WithUserDetails(DemoUsers.TEAM_MEMBER)
    void aTeamMemberSeesAndVisitsOnlyTheirOwnVillage() {
        Worklist worklist = households.worklist();
        assertThat(worklist.villages()).extracting(v -> v.id()).containsExactly(membersVillage);
        assertThat(worklist.households()).isNotEmpty().allMatch(h -> h.villageId() == membersVillage);

        long visitsElsewhere = visitsElsewhere();
        for (long elsewhere : new long[] {householdInSameCommuneOtherVillage, householdInOtherCommune}) {
            VisitReceipt receipt = visits.record(new VisitSubmission(UUID.randomUUID().toString(), elsewhere, null,
                    Instant.now(), Set.of(VisitActivity.OTHER), null, "thử", true, null, false));
            assertThat(receipt.status()).isEqualTo(VisitStatus.REFUSED);
            assertThat(receipt.reasonKey()).isEqualTo("visit.refused.householdGone");
            assertThatThrownBy(() -> households.household(elsewhere)).isInstanceOf(HouseholdRuleException.class);
        }
        VisitReceipt addedElsewhere = visits.record(new VisitSubmission(UUID.randomUUID().toString(), null,
                new NewHousehold(UUID.randomUUID().toString(), sameCommuneOtherVillage, "Lò Văn Xa", null, null, 2),
                Instant.now(), Set.of(VisitActivity.OTHER), null, null, true, null, false));
        assertThat(addedElsewhere.reasonKey()).isEqualTo("visit.refused.villageNotYours");
        assertThat(jdbc.sql("select count(*) from household where head_name = 'Lò Văn Xa'").query(Long.class).single()).isZero();
        assertThat(visitsElsewhere()).as("no visit stored elsewhere").isEqualTo(visitsElsewhere);

        assertThatThrownBy(() -> households.register(membersVillage, "")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> households.edit(householdInOtherCommune, 0, new HouseholdDetails("X", null, null, 1)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoUsers.COMMUNE_LEADER)
    void aCommuneLeaderReadsAndEditsTheirCommuneButLogsNoVisitsAndNeverReachesAnotherCommune() {
        assertThat(households.register(sameCommuneOtherVillage, "")).isNotEmpty();
        HouseholdRecord record = households.household(householdInSameCommuneOtherVillage);
        households.edit(householdInSameCommuneOtherVillage, record.household().version(),
                new HouseholdDetails(record.household().headName(), "Xóm Đổi", null, 4));
        assertThat(households.household(householdInSameCommuneOtherVillage).household().address()).isEqualTo("Xóm Đổi");

        assertThatThrownBy(() -> households.register(otherCommuneVillage, "")).isInstanceOf(PlaceNotFoundException.class);
        assertThatThrownBy(() -> households.household(householdInOtherCommune)).isInstanceOf(HouseholdRuleException.class);
        assertThatThrownBy(() -> households.edit(householdInOtherCommune, 0, new HouseholdDetails("X", null, null, 1)))
                .isInstanceOf(HouseholdRuleException.class);
        assertThatThrownBy(() -> households.remove(householdInOtherCommune, 0)).isInstanceOf(HouseholdRuleException.class);
        assertThatThrownBy(() -> households.addAll(otherCommuneVillage, java.util.List.of(
                new HouseholdDetails("Kẻ Lạ", null, null, 1)))).isInstanceOf(PlaceNotFoundException.class);
        assertThatThrownBy(() -> households.worklist()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> visits.record(new VisitSubmission(UUID.randomUUID().toString(),
                householdInSameCommuneOtherVillage, null, Instant.now(), Set.of(VisitActivity.OTHER), null, null, true,
                null, false))).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REFUSED_OUT_OF_SCOPE' and actor = ?")
                .param(DemoUsers.COMMUNE_LEADER).query(Long.class).single()).isPositive();
    }

    @Test
    @WithUserDetails(DemoUsers.COMMUNE_LEADER)
    void aStaleEditIsRefusedNotOverwritten() {
        HouseholdSummary before = households.household(householdInSameCommuneOtherVillage).household();
        households.edit(before.id(), before.version(), new HouseholdDetails(before.headName(), "Xóm A", null, 2));
        assertThatThrownBy(() -> households.edit(before.id(), before.version(),
                new HouseholdDetails(before.headName(), "Xóm B", null, 2)))
                .isInstanceOf(HouseholdRuleException.class).hasMessage("household.staleEdit");
        assertThat(households.household(before.id()).household().address()).isEqualTo("Xóm A");
    }

    @Test
    @WithUserDetails(DemoUsers.PROVINCE_ADMIN)
    void theProvinceAdminReadsEveryCommune() {
        assertThat(households.register(otherCommuneVillage, "")).isNotEmpty();
        assertThat(households.household(householdInOtherCommune).household().id()).isEqualTo(householdInOtherCommune);
    }

    @Test
    @WithUserDetails(DemoUsers.LEARNER)
    void aLearnerReadsNoHouseholds() {
        assertThatThrownBy(() -> households.worklist()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> households.household(householdInOtherCommune))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private long visitsElsewhere() {
        return jdbc.sql("select count(*) from visit where household_id in (?, ?)")
                .params(householdInSameCommuneOtherVillage, householdInOtherCommune).query(Long.class).single();
    }
}
