package vn.langso.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.household.Consent;
import vn.langso.household.HouseholdService;
import vn.langso.household.HouseholdSummary;
import vn.langso.household.Internet;
import vn.langso.household.Readiness;
import vn.langso.household.VisitActivity;
import vn.langso.household.VisitReceipt;
import vn.langso.household.VisitService;
import vn.langso.household.VisitStatus;
import vn.langso.household.VisitSubmission;
import vn.langso.report.KeptSums;
import vn.langso.security.AccountService;
import vn.langso.security.NewLearner;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;
import vn.langso.support.Villagers;

/**
 * Consent is stored with its purpose, the time in UTC and who took it; a household (through the team member) or
 * a learner (themselves) takes it back, and from then on nothing more is recorded about them.
 */
@SpringBootTest
@ActiveProfiles("test")
class ConsentIsRecordedAndCanBeWithdrawnTest {

    @Autowired
    HouseholdService households;

    @Autowired
    VisitService visits;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    @Test
    void aHouseholdThatWithdrawsLeavesTheWorklistAndNoMoreVisitsOrAnswersAreRecorded() {
        Instant before = Instant.now().minusSeconds(1);
        HouseholdSummary household = AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER", () -> {
            HouseholdSummary first = households.worklist().households().stream().filter(h -> h.headName() != null)
                    .skip(3).findFirst().orElseThrow();
            assertThat(visit(first.id()).status()).isEqualTo(VisitStatus.SAVED);
            households.withdrawConsent(first.id());
            return first;
        });
        var consents = jdbc.sql("""
                select given, purpose_version, recorded_at, recorded_by from household_consent
                where household_id = ? order by id""").param(household.id()).query().listOfRows();
        assertThat(consents).hasSizeGreaterThanOrEqualTo(2);
        var withdrawal = consents.getLast();
        assertThat(withdrawal.get("given")).isEqualTo(false);
        assertThat(withdrawal.get("purpose_version")).isEqualTo(VisitService.PURPOSE_VERSION);
        assertThat(withdrawal.get("recorded_by")).isEqualTo(DemoUsers.TEAM_MEMBER);
        assertThat(utc(withdrawal.get("recorded_at"))).isAfter(before).isBefore(Instant.now().plusSeconds(1));
        assertThat(consents.getFirst().get("given")).isEqualTo(true);

        AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER", () -> {
            assertThat(households.worklist().households()).extracting(HouseholdSummary::id)
                    .doesNotContain(household.id());
            VisitReceipt refused = visit(household.id());
            assertThat(refused.status()).isEqualTo(VisitStatus.REFUSED);
            assertThat(refused.reasonKey()).isEqualTo("visit.refused.consentWithdrawn");
            return null;
        });
        HouseholdSummary onRegister = AsUser.as(DemoUsers.COMMUNE_LEADER, "COMMUNE_LEADER",
                () -> households.household(household.id()).household());
        assertThat(onRegister.consent()).isEqualTo(Consent.WITHDRAWN);
        assertThat(onRegister.phone()).isNull();
        assertThat(onRegister.profile()).isEqualTo(Readiness.UNKNOWN);
        assertThat(onRegister.lastVisit().note()).as("no longer shown").isNull();
        assertThat(jdbc.sql("select count(*) from household_profile where household_id = ?").param(household.id())
                .query(Long.class).single()).as("profiles recorded before the withdrawal stay for an access request")
                .isPositive();
        KeptSums.equalARecount(app);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CONSENT_WITHDRAWN' and detail = ?")
                .param("household " + household.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aLearnerWithdrawsFromTheirAccountPageAndCanNoLongerSignIn() {
        String phone = Villagers.newPhone("2468");
        accounts.signUpLearner(new NewLearner("Sùng Thị Ly", phone, Villagers.aVillage(jdbc), "2468", true),
                "192.0.2.77");
        String username = Villagers.e164(phone);
        AsUser.as(username, "LEARNER", () -> {
            accounts.withdrawMyConsent();
            return null;
        });
        var consents = jdbc.sql("""
                select c.given, c.purpose_version, c.recorded_by from account_consent c
                join user_account u on u.id = c.account_id where u.username = ? order by c.id""")
                .param(username).query().listOfRows();
        assertThat(consents).extracting(row -> row.get("given")).containsExactly(true, false);
        assertThat(consents).extracting(row -> row.get("recorded_by")).containsOnly(username);
        assertThat(consents).extracting(row -> row.get("purpose_version")).containsOnly(AccountService.LEARNER_PURPOSE_VERSION);
        assertThat(jdbc.sql("select enabled from user_account where username = ?").param(username)
                .query(Boolean.class).single()).isFalse();
        assertThatThrownBy(() -> AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER", () -> {
            accounts.withdrawMyConsent();
            return null;
        })).as("only a learner withdraws their own").isInstanceOf(
                org.springframework.security.access.AccessDeniedException.class);
    }

    private VisitReceipt visit(long householdId) {
        return visits.record(new VisitSubmission(UUID.randomUUID().toString(), householdId, null, Instant.now(),
                Set.of(VisitActivity.VNEID), new Readiness(2, Internet.FIBRE, true, true, null, null, null),
                "Gia đình dùng Zalo", true, null, false));
    }

    private static Instant utc(Object timestamp) {
        return timestamp instanceof java.sql.Timestamp ts ? ts.toLocalDateTime().toInstant(ZoneOffset.UTC)
                : ((LocalDateTime) timestamp).toInstant(ZoneOffset.UTC);
    }
}
