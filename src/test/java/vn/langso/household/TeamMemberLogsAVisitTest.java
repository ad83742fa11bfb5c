package vn.langso.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.support.DemoUsers;

/** A team member logs visits from their phone: once each, corrected the same day, consent respected. */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(DemoUsers.TEAM_MEMBER)
class TeamMemberLogsAVisitTest {

    private static final Readiness ANSWERS = new Readiness(2, Internet.MOBILE, true, false, null, true, false);

    @Autowired
    VisitService visits;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcClient jdbc;

    private HouseholdSummary household;

    @BeforeEach
    void pickAHouseholdNeverVisited() {
        household = households.worklist().households().stream().filter(h -> h.lastVisit() == null).findFirst()
                .orElseThrow();
    }

    @Test
    void theWorklistPutsHouseholdsNeverVisitedFirstThenTheLongestAgo() {
        var list = households.worklist().households();
        assertThat(list).isNotEmpty();
        int firstVisited = (int) list.stream().takeWhile(h -> h.lastVisit() == null).count();
        assertThat(list.subList(firstVisited, list.size())).allMatch(h -> h.lastVisit() != null);
        var visitedTimes = list.subList(firstVisited, list.size()).stream().map(h -> h.lastVisit().visitedAt()).toList();
        assertThat(visitedTimes).isSorted();
    }

    @Test
    void aVisitIsSavedOnceHoweverOftenThePhoneSendsIt() {
        VisitSubmission visit = visit(household.id(), Set.of(VisitActivity.VNEID), ANSWERS, "Bác đã có VNeID", true);
        assertThat(visits.record(visit).status()).isEqualTo(VisitStatus.SAVED);
        assertThat(visits.record(visit).status()).isEqualTo(VisitStatus.DUPLICATE);
        assertThat(visits.record(visit).status()).isEqualTo(VisitStatus.DUPLICATE);
        assertThat(count("select count(*) from visit where client_id = ?", visit.clientId())).isEqualTo(1);

        HouseholdSummary after = find(household.id());
        assertThat(after.lastVisit().activities()).containsExactly(VisitActivity.VNEID);
        assertThat(after.lastVisit().note()).isEqualTo("Bác đã có VNeID");
        assertThat(after.lastVisit().correctable()).isTrue();
        assertThat(after.profile().internet()).isEqualTo(Internet.MOBILE);
        assertThat(after.consent()).isEqualTo(Consent.GIVEN);
        assertThat(count("select count(*) from household_consent where household_id = ?", household.id())).isEqualTo(1);
    }

    @Test
    void theSameIdWithOtherContentIsAConflictUnlessItIsTheMembersOwnCorrectionToday() {
        VisitSubmission visit = visit(household.id(), Set.of(VisitActivity.QR_PAYMENT), ANSWERS, null, true);
        visits.record(visit);
        VisitSubmission changed = new VisitSubmission(visit.clientId(), visit.householdId(), null, visit.visitedAt(),
                Set.of(VisitActivity.QR_PAYMENT, VisitActivity.SCAM_AWARENESS), ANSWERS, "Thêm cảnh báo", true, null,
                false);
        VisitReceipt conflict = visits.record(changed);
        assertThat(conflict.status()).isEqualTo(VisitStatus.CONFLICT);
        assertThat(conflict.reasonKey()).isEqualTo("visit.refused.conflict");

        VisitSubmission correction = new VisitSubmission(changed.clientId(), changed.householdId(), null,
                changed.visitedAt(), changed.activities(), changed.profile(), changed.note(), true, null, true);
        assertThat(visits.record(correction).status()).isEqualTo(VisitStatus.CORRECTED);
        assertThat(visits.record(correction).status()).isEqualTo(VisitStatus.DUPLICATE);
        assertThat(find(household.id()).lastVisit().activities())
                .containsExactly(VisitActivity.QR_PAYMENT, VisitActivity.SCAM_AWARENESS);
        assertThat(count("select count(*) from audit_event where action = 'VISIT_CORRECTED' and detail like ?",
                "visit %")).isPositive();
    }

    @Test
    void aVisitFromAnEarlierDayCannotBeCorrected() {
        VisitSubmission old = new VisitSubmission(UUID.randomUUID().toString(), household.id(), null,
                Instant.now().minus(Duration.ofDays(2)), Set.of(VisitActivity.OTHER), null, null, true, null, false);
        visits.record(old);
        VisitReceipt late = visits.record(new VisitSubmission(old.clientId(), old.householdId(), null, old.visitedAt(),
                Set.of(VisitActivity.LESSON), null, null, true, null, true));
        assertThat(late.status()).isEqualTo(VisitStatus.CONFLICT);
        assertThat(late.reasonKey()).isEqualTo("visit.refused.correctionTooLate");
    }

    @Test
    void withoutConsentTheVisitCountsButNothingPersonalIsKept() {
        VisitSubmission visit = new VisitSubmission(UUID.randomUUID().toString(), household.id(), null,
                Instant.now(), Set.of(VisitActivity.SCAM_AWARENESS), ANSWERS, "Số điện thoại mới 0987", false,
                new Position(new BigDecimal("21.8231"), new BigDecimal("105.2140"), 12), false);
        assertThat(visits.record(visit).status()).isEqualTo(VisitStatus.SAVED);
        var stored = jdbc.sql("select note, latitude, consent_given from visit where client_id = ?")
                .param(visit.clientId()).query().singleRow();
        assertThat(stored.get("note")).isNull();
        assertThat(stored.get("latitude")).isNull();
        assertThat(stored.get("consent_given")).isEqualTo(false);
        HouseholdSummary after = find(household.id());
        assertThat(after.consent()).isEqualTo(Consent.REFUSED);
        assertThat(after.phone()).isNull();
        assertThat(after.profile()).isEqualTo(Readiness.UNKNOWN);
        assertThat(after.visitCount()).isEqualTo(household.visitCount() + 1);
        assertThat(count("select count(*) from household_profile where household_id = ?", household.id())).isZero();
    }

    @Test
    void aHouseholdAddedOnTheSpotIsAddedOnceEvenWhenTheVisitIsResent() {
        long village = households.worklist().villages().getFirst().id();
        String householdId = UUID.randomUUID().toString();
        NewHousehold added = new NewHousehold(householdId, village, "Hoàng Thị Nụ", "Xóm Mới", "0968 123 456", 3);
        VisitSubmission first = new VisitSubmission(UUID.randomUUID().toString(), null, added, Instant.now(),
                Set.of(VisitActivity.BANK_OR_WALLET), ANSWERS, null, true, null, false);
        VisitReceipt saved = visits.record(first);
        assertThat(saved.status()).isEqualTo(VisitStatus.SAVED);
        assertThat(visits.record(first).status()).isEqualTo(VisitStatus.DUPLICATE);
        VisitSubmission second = new VisitSubmission(UUID.randomUUID().toString(), null, added, Instant.now(),
                Set.of(VisitActivity.LESSON), null, null, true, null, false);
        assertThat(visits.record(second).householdId()).isEqualTo(saved.householdId());
        assertThat(count("select count(*) from household where client_id = ?", householdId)).isEqualTo(1);
        HouseholdSummary nu = find(saved.householdId());
        assertThat(nu.headName()).isEqualTo("Hoàng Thị Nụ");
        assertThat(nu.phone()).isEqualTo("+84968123456");
        assertThat(nu.visitCount()).isEqualTo(2);
    }

    @Test
    void badVisitsAreRefusedWithAReasonTheMemberCanRead() {
        assertThat(visits.record(visit(household.id(), Set.of(), null, null, true)).reasonKey())
                .isEqualTo("visit.refused.noActivity");
        assertThat(visits.record(new VisitSubmission("not-a-uuid", household.id(), null, Instant.now(),
                Set.of(VisitActivity.OTHER), null, null, true, null, false)).reasonKey()).isEqualTo("visit.refused.badId");
        assertThat(visits.record(new VisitSubmission(UUID.randomUUID().toString(), household.id(), null,
                Instant.now().plus(Duration.ofHours(3)), Set.of(VisitActivity.OTHER), null, null, true, null, false))
                .reasonKey()).isEqualTo("visit.refused.future");
        assertThat(visits.record(visit(household.id(), Set.of(VisitActivity.OTHER), null, "x".repeat(501), true))
                .reasonKey()).isEqualTo("visit.refused.noteTooLong");
        assertThat(visits.record(visit(999_999_999L, Set.of(VisitActivity.OTHER), null, null, true)).reasonKey())
                .isEqualTo("visit.refused.householdGone");
        assertThat(count("select count(*) from visit where household_id = ?", household.id())).isZero();
    }

    private HouseholdSummary find(long id) {
        return households.worklist().households().stream().filter(h -> h.id() == id).findFirst().orElseThrow();
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }

    private static VisitSubmission visit(long householdId, Set<VisitActivity> activities, Readiness profile,
            String note, boolean consent) {
        return new VisitSubmission(UUID.randomUUID().toString(), householdId, null, Instant.now(), activities, profile,
                note, consent, null, false);
    }
}
