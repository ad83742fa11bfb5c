package vn.langso.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.household.HouseholdService;
import vn.langso.household.HouseholdSummary;
import vn.langso.household.VisitActivity;
import vn.langso.household.VisitService;
import vn.langso.household.VisitStatus;
import vn.langso.household.VisitSubmission;
import vn.langso.privacy.DataRequestKind;
import vn.langso.privacy.DataSubject;
import vn.langso.privacy.PersonalDataService;
import vn.langso.support.AsUser;
import vn.langso.support.AuditRows;
import vn.langso.support.DemoUsers;
import vn.langso.support.MariaDbApp;

/**
 * On MariaDB: the audit log refuses UPDATE and DELETE from the application's own connection (a trigger), and a
 * household's access and erasure requests run (their SQL is written for both databases).
 */
class PersonalDataOnMariaDbIT {

    private static MariaDbApp mariaDb;
    private static JdbcClient jdbc;

    @BeforeAll
    static void start() throws SQLException {
        mariaDb = new MariaDbApp();
        jdbc = mariaDb.bean(JdbcClient.class);
    }

    @AfterAll
    static void stop() throws SQLException {
        if (mariaDb != null) {
            mariaDb.close();
        }
    }

    @Test
    void theAppsOwnConnectionCannotChangeOrDeleteAnAuditRow() {
        AuditRows.cannotBeChangedOrDeleted(jdbc);
    }

    @Test
    void aHouseholdIsExportedAndErasedOnMariaDb() {
        HouseholdService households = mariaDb.bean(HouseholdService.class);
        VisitService visits = mariaDb.bean(VisitService.class);
        PersonalDataService requests = mariaDb.bean(PersonalDataService.class);
        HouseholdSummary household = AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER", () -> {
            HouseholdSummary first = households.worklist().households().stream().filter(h -> h.headName() != null)
                    .findFirst().orElseThrow();
            assertThat(visits.record(new VisitSubmission(UUID.randomUUID().toString(), first.id(), null,
                    java.time.Instant.now(), Set.of(VisitActivity.VNEID), null, "Ghi chú riêng", true, null, false))
                    .status()).isEqualTo(VisitStatus.SAVED);
            return first;
        });
        var access = AsUser.provinceAdmin(() -> requests.open(DataRequestKind.ACCESS, DataSubject.HOUSEHOLD,
                String.valueOf(household.id())));
        String file = new String(AsUser.provinceAdmin(() -> requests.export(access.id())), StandardCharsets.UTF_8);
        assertThat(file).contains(household.headName(), "Ghi chú riêng", "VISIT_CREATED");

        var erasure = AsUser.provinceAdmin(() -> requests.open(DataRequestKind.ERASURE, DataSubject.HOUSEHOLD,
                String.valueOf(household.id())));
        AsUser.provinceAdmin(() -> {
            requests.erase(erasure.id());
            return null;
        });
        assertThat(jdbc.sql("select count(*) from household where id = ? and head_name is null and consent = 'WITHDRAWN'")
                .param(household.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from visit where household_id = ? and note is not null")
                .param(household.id()).query(Long.class).single()).isZero();
        assertThat(AsUser.provinceAdmin(requests::openRequests)).isEmpty();
    }
}
