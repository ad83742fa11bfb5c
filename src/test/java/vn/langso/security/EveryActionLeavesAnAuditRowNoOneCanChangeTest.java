package vn.langso.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.household.HouseholdDetails;
import vn.langso.household.HouseholdService;
import vn.langso.privacy.DataRequestKind;
import vn.langso.privacy.DataSubject;
import vn.langso.privacy.PersonalDataService;
import vn.langso.support.AsUser;
import vn.langso.support.AuditRows;
import vn.langso.support.DemoUsers;
import vn.langso.support.Villagers;

/**
 * Every create, change, delete, export and sign-in leaves an audit row saying who, what, when (UTC) and where;
 * and the application's own database connection can neither change nor delete such a row (a trigger refuses).
 */
@SpringBootTest
@ActiveProfiles("test")
class EveryActionLeavesAnAuditRowNoOneCanChangeTest {

    @Autowired
    HouseholdService households;

    @Autowired
    PersonalDataService requests;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createChangeDeleteExportAndSignInEachWriteWhoWhatWhenAndWhere() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        long village = jdbc.sql("""
                select min(h.village_id) from household h join place p on p.id = h.village_id
                join user_account u on u.username = ? where p.path like concat((select path from place where id = u.place_id), '%')""")
                .param(DemoUsers.COMMUNE_LEADER).query(Long.class).single();
        long household = AsUser.as(DemoUsers.COMMUNE_LEADER, "COMMUNE_LEADER", () -> {
            long added = households.add(village, new HouseholdDetails("Hà Văn Sáu", "Bản Mới", null, 2));
            households.edit(added, version(added), new HouseholdDetails("Hà Văn Sáu", "Bản Mới", null, 3));
            households.remove(added, version(added));
            return added;
        });
        var request = AsUser.provinceAdmin(() -> requests.open(DataRequestKind.ACCESS, DataSubject.HOUSEHOLD,
                String.valueOf(household)));
        AsUser.provinceAdmin(() -> requests.export(request.id()));
        authentication.getAuthenticationManager().authenticate(
                Villagers.signIn(DemoUsers.TEAM_MEMBER, "langso2026", "192.0.2.15"));

        String subject = "household " + household;
        assertRow(row("HOUSEHOLD_CREATED", subject), DemoUsers.COMMUNE_LEADER, village, start);
        assertRow(row("HOUSEHOLD_CHANGED", subject), DemoUsers.COMMUNE_LEADER, village, start);
        assertRow(row("HOUSEHOLD_REMOVED", subject), DemoUsers.COMMUNE_LEADER, village, start);
        assertRow(row("PERSONAL_DATA_EXPORTED", "HOUSEHOLD request " + request.id()), DemoUsers.PROVINCE_ADMIN,
                village, start);
        Map<String, Object> signIn = jdbc.sql("""
                select * from audit_event where action = 'SIGN_IN' and actor = ? and address = '192.0.2.15'""")
                .param(DemoUsers.TEAM_MEMBER).query().singleRow();
        assertRow(signIn, DemoUsers.TEAM_MEMBER, homePlace(DemoUsers.TEAM_MEMBER), start);
    }

    @Test
    void theApplicationsOwnConnectionCannotChangeOrDeleteAnAuditRow() {
        AuditRows.cannotBeChangedOrDeleted(jdbc);
    }

    private long version(long household) {
        return jdbc.sql("select version from household where id = ?").param(household).query(Long.class).single();
    }

    private long homePlace(String username) {
        return jdbc.sql("select place_id from user_account where username = ?").param(username).query(Long.class)
                .single();
    }

    private Map<String, Object> row(String action, String detail) {
        return jdbc.sql("select * from audit_event where action = ? and detail = ? order by id").params(action, detail)
                .query().listOfRows().getFirst();
    }

    private static void assertRow(Map<String, Object> row, String actor, long place, Instant notBefore) {
        assertThat(row.get("actor")).isEqualTo(actor);
        assertThat(((Number) row.get("place_id")).longValue()).isEqualTo(place);
        Instant at = ((java.sql.Timestamp) row.get("occurred_at")).toLocalDateTime().toInstant(ZoneOffset.UTC);
        assertThat(at).as("UTC").isAfter(notBefore).isBefore(Instant.now().plusSeconds(1));
    }
}
